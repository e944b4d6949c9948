-- An extension's default operator class is left out by pg_get_indexdef like a built-in one: written
-- out (citext_ops) or left out (hstore's gist class), both sides meet.
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE documents (id integer PRIMARY KEY, attributes hstore, slug citext);
CREATE INDEX documents_attributes_idx ON documents USING gist (attributes);
CREATE INDEX documents_slug_idx ON documents (slug citext_ops);
