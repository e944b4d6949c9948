-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.public_columns AS
SELECT table_name, column_name, data_type
    FROM information_schema.columns
    WHERE table_schema = 'public';

CREATE VIEW public.role_names AS
SELECT * FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_';

CREATE VIEW public.table_sizes AS
SELECT n.nspname AS schema, c.relname AS name, c.reltuples
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = 'public';

-- monolayer:down
DROP VIEW public.table_sizes;

DROP VIEW public.role_names;

DROP VIEW public.public_columns;
