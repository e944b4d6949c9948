CREATE TABLE items (id serial PRIMARY KEY, position serial, name text);
