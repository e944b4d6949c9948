-- Installed extensions with their schema and version (plpgsql is in every database and not listed).
SELECT e.extname AS name, n.nspname AS schema, e.extversion AS version
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY 1
