-- Check constraints of domains, as the server prints them. (PostgreSQL 17+ also lists NOT NULL here as
-- contype 'n'; nullability is read from pg_type.typnotnull instead.)
SELECT n.nspname AS schema, t.typname AS domain, c.conname AS name, pg_catalog.pg_get_constraintdef(c.oid) AS definition
FROM pg_catalog.pg_constraint c
JOIN pg_catalog.pg_type t ON t.oid = c.contypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE c.contype = 'c'
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
ORDER BY 1, 2, 3
