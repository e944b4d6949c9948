CREATE EXTENSION hstore;
CREATE TABLE documents (id integer PRIMARY KEY, attributes hstore);
