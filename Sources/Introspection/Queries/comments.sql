-- Comments on the objects monolayer models, one row each: kind, schema, name, sub-name (column or
-- constraint) and the text. Objects of extensions are excluded like everywhere else.
WITH user_namespaces AS (
    SELECT oid, nspname FROM pg_catalog.pg_namespace
    WHERE nspname !~ '^pg_' AND nspname NOT IN ('information_schema', 'monolayer')
),
extension_members AS (
    SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT 'schema' AS kind, NULL AS schema, n.nspname AS name, NULL AS sub, d.description
FROM pg_catalog.pg_description d JOIN user_namespaces n ON d.classoid = 'pg_catalog.pg_namespace'::regclass AND d.objoid = n.oid
UNION ALL
SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' ELSE 'table' END, n.nspname, c.relname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'S', 'i', 'p', 'I')
  AND (c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass))
UNION ALL
SELECT 'column', n.nspname, c.relname, a.attname, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid AND d.objsubid > 0
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND (c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass))
UNION ALL
SELECT 'type', n.nspname, t.typname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_type t ON d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid
JOIN user_namespaces n ON n.oid = t.typnamespace
WHERE (t.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_type'::regclass))
UNION ALL
SELECT 'constraint', n.nspname, c.relname, con.conname, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_constraint con ON d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN user_namespaces n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
UNION ALL
SELECT 'extension', NULL, e.extname, NULL, d.description
FROM pg_catalog.pg_description d
JOIN pg_catalog.pg_extension e ON d.classoid = 'pg_catalog.pg_extension'::regclass AND d.objoid = e.oid
WHERE e.extname <> 'plpgsql'
