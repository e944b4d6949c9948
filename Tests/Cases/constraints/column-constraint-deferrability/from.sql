CREATE TABLE images (id integer PRIMARY KEY);
