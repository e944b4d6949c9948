-- Indexes of ordinary tables and materialized views that do not back a constraint (those come with the constraint).
SELECT n.nspname AS schema, t.relname AS table_name, i.relname AS name,
       pg_catalog.pg_get_indexdef(x.indexrelid) AS definition, x.indisvalid AS valid
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE t.relkind IN ('r', 'm')
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
