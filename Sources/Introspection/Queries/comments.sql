-- Comments on every object monolayer models, one row each: kind, schema, name, sub-name (column,
-- constraint, trigger, policy), argument types (routines, aggregates) and the text. Objects of extensions
-- are excluded like everywhere else. One query.
WITH user_namespaces AS (
    SELECT oid, nspname FROM pg_catalog.pg_namespace
    WHERE nspname !~ '^pg_' AND nspname NOT IN ('information_schema', 'monolayer')
),
-- Comments on objects users create: their OIDs are at least FirstNormalObjectId (16384), also after OID
-- wraparound and pg_upgrade, while the thousands of comments on built-in objects are below it. (The
-- schema branch reads pg_description whole: the public schema, which users may comment on, is built in.)
user_descriptions AS MATERIALIZED (
    SELECT * FROM pg_catalog.pg_description WHERE objoid >= 16384
),
extension_members AS (
    SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT 'schema' AS kind, NULL AS schema, n.nspname AS name, NULL::text AS sub, NULL::text[] AS args, d.description
FROM pg_catalog.pg_description d JOIN user_namespaces n ON d.classoid = 'pg_catalog.pg_namespace'::regclass AND d.objoid = n.oid
UNION ALL
SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' ELSE 'table' END, n.nspname, c.relname, NULL, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'S', 'i', 'p', 'I')
  AND (c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass))
UNION ALL
SELECT 'column', n.nspname, c.relname, a.attname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND (c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass))
UNION ALL
SELECT 'type', n.nspname, t.typname, NULL, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_type t ON d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid
JOIN user_namespaces n ON n.oid = t.typnamespace
WHERE (t.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_type'::regclass))
UNION ALL
SELECT 'constraint', n.nspname, c.relname, con.conname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_constraint con ON d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
UNION ALL
SELECT 'extension', NULL, e.extname, NULL, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_extension e ON d.classoid = 'pg_catalog.pg_extension'::regclass AND d.objoid = e.oid
WHERE e.extname <> 'plpgsql'
UNION ALL
SELECT 'routine', n.nspname, p.proname, NULL,
       ARRAY(SELECT pg_catalog.format_type(a.type, NULL)
                 FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[]),
                             COALESCE(p.proargmodes, pg_catalog.array_fill('i'::"char", ARRAY[p.pronargs::integer])))
                      WITH ORDINALITY AS a(type, mode, position)
                 WHERE a.mode IN ('i', 'b', 'v') ORDER BY a.position),
       d.description
FROM user_descriptions d
JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objoid = p.oid
JOIN user_namespaces n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND p.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_proc'::regclass)
UNION ALL
SELECT 'trigger', n.nspname, c.relname, t.tgname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_trigger t ON d.classoid = 'pg_catalog.pg_trigger'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN user_namespaces n ON n.oid = c.relnamespace
UNION ALL
SELECT 'policy', n.nspname, c.relname, p.polname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_policy p ON d.classoid = 'pg_catalog.pg_policy'::regclass AND d.objoid = p.oid
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN user_namespaces n ON n.oid = c.relnamespace
UNION ALL
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname, c.relname,
       a.attname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid
JOIN user_namespaces n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
WHERE c.relkind IN ('v', 'm')
  AND c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass)
UNION ALL
SELECT 'domain constraint', n.nspname, t.typname, con.conname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_constraint con ON d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid
JOIN pg_catalog.pg_type t ON t.oid = con.contypid
JOIN user_namespaces n ON n.oid = t.typnamespace
WHERE con.contypid <> 0 AND con.contype = 'c'
UNION ALL
SELECT 'collation', n.nspname, c.collname, NULL, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_collation c ON d.classoid = 'pg_catalog.pg_collation'::regclass AND d.objoid = c.oid
JOIN user_namespaces n ON n.oid = c.collnamespace
WHERE c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_collation'::regclass)
UNION ALL
SELECT 'aggregate', n.nspname, p.proname, NULL,
       ARRAY(SELECT pg_catalog.format_type(u.t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY AS u(t, o) ORDER BY u.o),
       d.description
FROM user_descriptions d
JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objoid = p.oid AND p.prokind = 'a'
JOIN user_namespaces n ON n.oid = p.pronamespace
WHERE p.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_proc'::regclass)
UNION ALL
SELECT 'tsconfig', n.nspname, c.cfgname, NULL, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_ts_config c ON d.classoid = 'pg_catalog.pg_ts_config'::regclass AND d.objoid = c.oid
JOIN user_namespaces n ON n.oid = c.cfgnamespace
WHERE c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_ts_config'::regclass)
UNION ALL
SELECT 'attribute', n.nspname, c.relname, a.attname, NULL, d.description
FROM user_descriptions d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE c.relkind = 'c'
  AND c.reltype NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_type'::regclass)
