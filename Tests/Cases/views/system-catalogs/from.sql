CREATE TABLE things (id integer PRIMARY KEY, name text);
