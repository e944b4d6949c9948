CREATE SCHEMA extensions;
CREATE EXTENSION hstore WITH SCHEMA extensions;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;
CREATE TABLE products (id bigint PRIMARY KEY, name text, attributes extensions.hstore DEFAULT ''::extensions.hstore);
CREATE INDEX products_name_trgm_idx ON products USING gin (name extensions.gin_trgm_ops);
