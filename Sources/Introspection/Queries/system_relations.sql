-- Columns of the server's own relations that user views read (pg_catalog, information_schema): the
-- view normalizer resolves and expands references to them from these.
SELECT n.nspname AS schema, c.relname AS name,
       ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text[] AS columns
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname IN ('pg_catalog', 'information_schema')
  AND c.oid IN (SELECT d.refobjid FROM pg_catalog.pg_depend d
                JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid AND d.classid = 'pg_catalog.pg_rewrite'::regclass
                JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
                JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
                WHERE d.refclassid = 'pg_catalog.pg_class'::regclass
                  AND vn.nspname !~ '^pg_' AND vn.nspname NOT IN ('information_schema', 'monolayer'))
ORDER BY 1, 2
