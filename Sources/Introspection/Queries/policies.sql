-- Row-level security policies, with their expressions as pg_get_expr prints them and their roles
-- quoted (PUBLIC for role 0), to be parsed back as a CREATE POLICY statement.
SELECT n.nspname AS schema, c.relname AS table_name, p.polname AS name, p.polpermissive AS permissive, p.polcmd AS command,
       ARRAY(SELECT CASE WHEN u.oid = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(r.rolname) END
             FROM unnest(p.polroles) AS u(oid) LEFT JOIN pg_catalog.pg_roles r ON r.oid = u.oid) AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS qual,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS with_check
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
ORDER BY 1, 2, 3
