-- Views and materialized views of the user's schemas, as pg_get_viewdef prints them (pretty), with
-- their output column names and types (for placeholders, see View.columnTypes) and options. Members of extensions are the extension's, not the user's.
SELECT n.nspname AS schema, c.relname AS name, c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid, true) AS definition,
       ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text[] AS columns,
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
                    || CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
                            THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                            ELSE '' END
             FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
             LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
             LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text[] AS column_types,
       coalesce(c.reloptions, '{}')::text[] AS options
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
