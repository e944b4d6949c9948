-- Comments on routines (with their argument types), triggers, policies, views and materialized views
-- (and their columns), and constraints of domains: the comment targets the access-control work added.
WITH user_namespaces AS (
    SELECT oid, nspname FROM pg_catalog.pg_namespace
    WHERE nspname !~ '^pg_' AND nspname NOT IN ('information_schema', 'monolayer')
),
extension_members AS (
    SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT 'routine' AS kind, n.nspname AS schema, p.proname AS name, NULL AS sub,
       ARRAY(SELECT pg_catalog.format_type(a.type, NULL)
                 FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[]),
                             COALESCE(p.proargmodes, pg_catalog.array_fill('i'::"char", ARRAY[p.pronargs::integer])))
                      WITH ORDINALITY AS a(type, mode, position)
                 WHERE a.mode IN ('i', 'b', 'v') ORDER BY a.position) AS args,
       d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objoid = p.oid
JOIN user_namespaces n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND p.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_proc'::regclass)
UNION ALL
SELECT 'trigger', n.nspname, c.relname, t.tgname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_trigger t ON d.classoid = 'pg_catalog.pg_trigger'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN user_namespaces n ON n.oid = c.relnamespace
UNION ALL
SELECT 'policy', n.nspname, c.relname, p.polname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_policy p ON d.classoid = 'pg_catalog.pg_policy'::regclass AND d.objoid = p.oid
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN user_namespaces n ON n.oid = c.relnamespace
UNION ALL
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname, c.relname,
       a.attname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid
JOIN user_namespaces n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
WHERE c.relkind IN ('v', 'm')
  AND c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass)
UNION ALL
SELECT 'domain constraint', n.nspname, t.typname, con.conname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_constraint con ON d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid
JOIN pg_catalog.pg_type t ON t.oid = con.contypid
JOIN user_namespaces n ON n.oid = t.typnamespace
WHERE con.contypid <> 0 AND con.contype = 'c'
