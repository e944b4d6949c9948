-- The sequences behind identity columns (dependency type 'i'), with their options and their column.
SELECT n.nspname AS schema, c.relname AS name, pg_catalog.format_type(s.seqtypid, NULL) AS type,
       s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min_value, s.seqmax AS max_value,
       s.seqcache AS cache, s.seqcycle AS cycle,
       owner_namespace.nspname AS owner_schema, owner.relname AS owner_table, owner_column.attname AS owner_column
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_depend d
  ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
 AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'i'
JOIN pg_catalog.pg_class owner ON owner.oid = d.refobjid
JOIN pg_catalog.pg_namespace owner_namespace ON owner_namespace.oid = owner.relnamespace
JOIN pg_catalog.pg_attribute owner_column ON owner_column.attrelid = d.refobjid AND owner_column.attnum = d.refobjsubid
WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
ORDER BY 1, 2
