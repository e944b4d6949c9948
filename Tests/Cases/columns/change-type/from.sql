CREATE TABLE events (id integer PRIMARY KEY, payload varchar(100));
