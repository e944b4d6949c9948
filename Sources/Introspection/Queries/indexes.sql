-- Indexes of ordinary and partitioned tables and materialized views that do not back a constraint (those
-- come with the constraint). A partition's index attached to its parent's partitioned index (pg_inherits)
-- is PostgreSQL's copy of the parent's and is left out.
SELECT n.nspname AS schema, t.relname AS table_name, i.relname AS name,
       pg_catalog.pg_get_indexdef(x.indexrelid) AS definition,
       -- A partitioned index is never valid until every partition has one; it is still the user's.
       x.indisvalid OR i.relkind = 'I' AS valid,
       (SELECT pg_catalog.array_agg(a.attnum::text || '=' || a.attstattarget::text ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = x.indexrelid AND a.attstattarget >= 0) AS statistics
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
WHERE t.relkind IN ('r', 'm', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits inh WHERE inh.inhrelid = x.indexrelid)
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
