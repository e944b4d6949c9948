-- pg_get_indexdef leaves out an operator class that is the default for the key's type and access
-- method, and qualifies an extension's operator class; users name the default and write extensions'
-- classes bare (resolved to the extension's schema, `public`, not the head of the search path).
CREATE EXTENSION pg_trgm;
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE products (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    code varchar(20),
    tags text[],
    notes jsonb,
    during tsrange,
    CONSTRAINT products_no_overlap EXCLUDE USING gist (during range_ops WITH &&)
);
CREATE INDEX products_name ON products (name text_ops);
CREATE INDEX products_name_hash ON products USING hash (name pg_catalog.text_ops);
CREATE INDEX products_code ON products (code text_ops);
CREATE INDEX products_code_pattern ON products (code varchar_pattern_ops);
CREATE INDEX products_tags ON products USING gin (tags array_ops);
CREATE INDEX products_notes ON products USING gin (notes jsonb_path_ops);
CREATE INDEX products_name_trgm ON products USING gin (name gin_trgm_ops);
CREATE INDEX products_note_text ON products USING gist ((notes ->> 'text') gist_trgm_ops);
