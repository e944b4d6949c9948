-- Primary key, unique, check and foreign key constraints of ordinary tables, as the server prints them.
-- (PostgreSQL 18's NOT NULL constraints, contype 'n', are read as column nullability instead.)
-- Constraints PostgreSQL derives on partitions and inheritance children (cloned from the parent's:
-- conparentid set, or inherited and not declared locally) are the parent's, not the child's.
SELECT n.nspname AS schema, c.relname AS table_name, con.conname AS name, con.contype AS type,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p') AND con.conparentid = 0 AND con.conislocal
  AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'monolayer')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
