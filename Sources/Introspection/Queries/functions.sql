-- Functions and procedures of the user's schemas, as pg_get_functiondef prints them. Aggregates and
-- window functions written in C are not listed (prokind 'a', 'w'); members of extensions (dependency
-- type 'e') are the extension's, not the user's; functions a type made for itself (the constructors of
-- a range or multirange type, dependency type 'i') are the type's.
SELECT n.nspname AS schema, p.proname AS name, pg_catalog.pg_get_functiondef(p.oid) AS definition
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2, p.oid
