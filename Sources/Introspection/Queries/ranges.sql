-- Range types. The operator class and collation are listed only where they are not the subtype's
-- default, as the schema files leave them out then.
SELECT n.nspname AS schema, t.typname AS name, pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT opc.opcdefault THEN opcn.nspname END AS opclass_schema,
       CASE WHEN NOT opc.opcdefault THEN opc.opcname END AS opclass,
       cn.nspname AS collation_schema, co.collname AS collation,
       dn.nspname AS diff_schema, df.proname AS diff,
       cfn.nspname AS canonical_schema, cf.proname AS canonical,
       mn.nspname AS multirange_schema, m.typname AS multirange
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation AND r.rngcollation <> st.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_proc df ON df.oid = r.rngsubdiff
LEFT JOIN pg_catalog.pg_namespace dn ON dn.oid = df.pronamespace
LEFT JOIN pg_catalog.pg_proc cf ON cf.oid = r.rngcanonical
LEFT JOIN pg_catalog.pg_namespace cfn ON cfn.oid = cf.pronamespace
LEFT JOIN pg_catalog.pg_type m ON m.oid = r.rngmultitypid
LEFT JOIN pg_catalog.pg_namespace mn ON mn.oid = m.typnamespace
WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
