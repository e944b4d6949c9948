CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE documents (id integer PRIMARY KEY, attributes hstore, slug citext);
