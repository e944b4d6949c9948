-- Comments on collations, aggregates (with their argument types), text search configurations and
-- attributes of composite types; the other kinds are in comments.sql.
WITH user_namespaces AS (
    SELECT oid, nspname FROM pg_catalog.pg_namespace
    WHERE nspname !~ '^pg_' AND nspname NOT IN ('information_schema', 'monolayer')
),
extension_members AS (
    SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT 'collation' AS kind, n.nspname AS schema, c.collname AS name, NULL::text[] AS sub, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_collation c ON d.classoid = 'pg_catalog.pg_collation'::regclass AND d.objoid = c.oid
JOIN user_namespaces n ON n.oid = c.collnamespace
WHERE c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_collation'::regclass)
UNION ALL
SELECT 'aggregate', n.nspname, p.proname,
       ARRAY(SELECT pg_catalog.format_type(u.t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY AS u(t, o) ORDER BY u.o),
       d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objoid = p.oid AND p.prokind = 'a'
JOIN user_namespaces n ON n.oid = p.pronamespace
WHERE p.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_proc'::regclass)
UNION ALL
SELECT 'tsconfig', n.nspname, c.cfgname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_ts_config c ON d.classoid = 'pg_catalog.pg_ts_config'::regclass AND d.objoid = c.oid
JOIN user_namespaces n ON n.oid = c.cfgnamespace
WHERE c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_ts_config'::regclass)
UNION ALL
SELECT 'attribute', n.nspname, c.relname, ARRAY[a.attname::text], d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE c.relkind = 'c'
  AND c.reltype NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_type'::regclass)
