-- Domains: base type, NOT NULL and default (rendered with search_path = pg_catalog, so qualified).
SELECT n.nspname AS schema, t.typname AS name, pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull AS not_null, pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_value
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'd'
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
