-- Columns with a declared collation (the plan creates it before the table), a built-in one, and the
-- default written out (which is no collation of its own); an index on a collated column.
CREATE COLLATION c_locale (provider = libc, locale = 'C');
CREATE TABLE names (id bigint PRIMARY KEY, name text COLLATE c_locale NOT NULL, code varchar(10) COLLATE "C",
                    plain text COLLATE "default");
CREATE INDEX names_name_idx ON names (name);
