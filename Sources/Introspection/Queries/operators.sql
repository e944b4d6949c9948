-- Operators of the user's schemas (members of extensions are the extension's). With search_path set
-- to pg_catalog, regproc and regoper print user objects qualified and built-ins bare, as the schema-file
-- front end spells them.
SELECT n.nspname AS schema, o.oprname AS name,
       CASE WHEN o.oprleft = 0 THEN NULL ELSE pg_catalog.format_type(o.oprleft, NULL) END AS left_type,
       pg_catalog.format_type(o.oprright, NULL) AS right_type,
       o.oprcode::pg_catalog.regproc::text AS function,
       CASE WHEN o.oprcom = 0 THEN NULL ELSE o.oprcom::pg_catalog.regoper::text END AS commutator,
       CASE WHEN o.oprnegate = 0 THEN NULL ELSE o.oprnegate::pg_catalog.regoper::text END AS negator,
       CASE WHEN o.oprrest = 0 THEN NULL ELSE o.oprrest::pg_catalog.regproc::text END AS restrict,
       CASE WHEN o.oprjoin = 0 THEN NULL ELSE o.oprjoin::pg_catalog.regproc::text END AS join_function,
       o.oprcanhash AS hashes, o.oprcanmerge AS merges
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3, 4
