-- Tables with row-level security enabled or forced (relrowsecurity, relforcerowsecurity).
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE (c.relrowsecurity OR c.relforcerowsecurity) AND c.relkind IN ('r', 'p')
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
ORDER BY 1, 2
