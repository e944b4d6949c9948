-- Ordinary and partitioned tables (relkind r, p) and their live columns, in column order. Types and defaults are
-- rendered by the server with search_path = pg_catalog, so user objects come back schema-qualified.
-- A column's collation is listed only where it differs from its type's.
SELECT n.nspname AS schema, c.relname AS table_name, c.relpersistence = 'u' AS unlogged, a.attname AS name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_value,
       a.attidentity AS identity, a.attgenerated AS generated,
       -- Statistics target: -1 (PostgreSQL < 17) and NULL (17+) both mean the default.
       NULLIF(a.attstattarget::int, -1) AS statistics, a.attoptions AS options,
       -- Storage only where it differs from the type's default; compression only where set.
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS compression,
       cn.nspname AS collation_schema, co.collname AS collation
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum
