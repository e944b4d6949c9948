-- Ordinary and partitioned tables (relkind r, p) and their live columns, in column order. Types and defaults are
-- rendered by the server with search_path = pg_catalog, so user objects come back schema-qualified.
-- A large schema has hundreds of thousands of columns and the client holds each value of the result, so a
-- row carries few values: the one-character codes share one (`flags`), and the settings few columns have
-- share another (`settings`, NULL for a column that has none).
SELECT n.nspname AS schema, c.relname AS table_name, c.relpersistence = 'u' AS unlogged, a.attname AS name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_value,
       -- NOT NULL (t or f), identity (a, d or -), generation (s stored, v virtual, or -).
       CASE WHEN a.attnotnull THEN 't' ELSE 'f' END || COALESCE(NULLIF(a.attidentity::text, ''), '-')
           || COALESCE(NULLIF(a.attgenerated::text, ''), '-') AS flags,
       -- {statistics target, options, storage, compression, collation schema, collation}. The statistics
       -- target: -1 (PostgreSQL < 17) and NULL (17+) both mean the default. Storage only where it differs
       -- from the type's default; compression only where set; the collation only where it differs from
       -- the type's.
       CASE WHEN a.attstattarget >= 0 OR a.attoptions IS NOT NULL OR a.attstorage <> t.typstorage
                 OR a.attcompression IN ('p', 'l') OR co.oid IS NOT NULL
            THEN ARRAY[NULLIF(a.attstattarget::int, -1)::text, a.attoptions::text,
                       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END,
                       CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
                       cn.nspname::text, co.collname::text]
       END AS settings
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
