-- ALTER DEFAULT PRIVILEGES entries (pg_default_acl), one row per privilege held by a grantee other than
-- the role the entry is for, and one row with a NULL privilege for an entry that holds nothing else.
SELECT r.rolname AS role, n.nspname AS schema, d.defaclobjtype AS object_type,
       x.grantee = 0 AS is_public, g.rolname AS grantee, x.privilege_type AS privilege, x.is_grantable AS grantable
FROM pg_catalog.pg_default_acl d
JOIN pg_catalog.pg_roles r ON r.oid = d.defaclrole
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL (SELECT * FROM pg_catalog.aclexplode(d.defaclacl) e WHERE e.grantee <> d.defaclrole) x ON true
LEFT JOIN pg_catalog.pg_roles g ON g.oid = x.grantee
WHERE d.defaclobjtype IN ('r', 'S', 'f', 'T', 'n')
ORDER BY 1, 2, 3
