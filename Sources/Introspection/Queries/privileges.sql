-- Routines are named by their input argument types (not a procedure's OUT ones), as FunctionBuilder
-- names them.
-- Explicit access lists (relacl, attacl, proacl, nspacl, typacl that are not NULL: NULL means the
-- default), one row per privilege held by a grantee other than the owner, and one row with a NULL
-- privilege for an object whose list holds nothing but the owner's (all defaults revoked). The model
-- compares the result with PostgreSQL's default for the kind. Objects of extensions are excluded.
WITH user_namespaces AS (
    SELECT oid, nspname FROM pg_catalog.pg_namespace
    WHERE nspname !~ '^pg_' AND nspname NOT IN ('information_schema', 'monolayer')
),
extension_members AS (
    SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
),
objects AS (
    SELECT CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'relation' END AS kind, n.nspname AS schema, c.relname AS name,
           NULL::text AS sub, NULL::text[] AS args, c.relowner AS owner, c.relacl AS acl
    FROM pg_catalog.pg_class c JOIN user_namespaces n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relacl IS NOT NULL
      AND c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass)
    UNION ALL
    SELECT 'column', n.nspname, c.relname, a.attname, NULL, c.relowner, a.attacl
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN user_namespaces n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
      AND c.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_class'::regclass)
    UNION ALL
    SELECT 'routine', n.nspname, p.proname, NULL,
           ARRAY(SELECT pg_catalog.format_type(a.type, NULL)
                 FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[]),
                             COALESCE(p.proargmodes, pg_catalog.array_fill('i'::"char", ARRAY[p.pronargs::integer])))
                      WITH ORDINALITY AS a(type, mode, position)
                 WHERE a.mode IN ('i', 'b', 'v') ORDER BY a.position),
           p.proowner, p.proacl
    FROM pg_catalog.pg_proc p JOIN user_namespaces n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL
      AND p.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_proc'::regclass)
    UNION ALL
    SELECT 'schema', NULL, n.nspname, NULL, NULL, ns.nspowner, ns.nspacl
    FROM pg_catalog.pg_namespace ns JOIN user_namespaces n ON n.oid = ns.oid
    WHERE ns.nspacl IS NOT NULL
      AND ns.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_namespace'::regclass)
    UNION ALL
    SELECT 'type', n.nspname, t.typname, NULL, NULL, t.typowner, t.typacl
    FROM pg_catalog.pg_type t JOIN user_namespaces n ON n.oid = t.typnamespace
    WHERE t.typacl IS NOT NULL AND (t.typtype IN ('e', 'd', 'r', 'm')
          OR (t.typtype = 'c' AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c'))
      AND t.oid NOT IN (SELECT objid FROM extension_members WHERE classid = 'pg_catalog.pg_type'::regclass)
)
SELECT o.kind, o.schema, o.name, o.sub, o.args, x.grantee = 0 AS is_public, r.rolname AS grantee,
       x.privilege_type AS privilege, x.is_grantable AS grantable
FROM objects o
LEFT JOIN LATERAL (SELECT * FROM pg_catalog.aclexplode(o.acl) e WHERE e.grantee <> o.owner) x ON true
LEFT JOIN pg_catalog.pg_roles r ON r.oid = x.grantee
ORDER BY 1, 2, 3, 4
