-- Views may read pg_catalog and information_schema relations: their columns are known (PostgreSQL 15 and
-- 18), and an unqualified pg_catalog name resolves there first, as PostgreSQL resolves it.
CREATE TABLE things (id integer PRIMARY KEY, name text);

CREATE VIEW table_sizes AS
    SELECT n.nspname AS schema, c.relname AS name, c.reltuples
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname = 'public';

CREATE VIEW public_columns AS
    SELECT table_name, column_name, data_type
    FROM information_schema.columns
    WHERE table_schema = 'public';

CREATE VIEW role_names AS SELECT * FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_';
