CREATE TABLE items (id bigint NOT NULL, name text);
