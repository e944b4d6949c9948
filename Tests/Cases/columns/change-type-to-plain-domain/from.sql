CREATE DOMAIN email AS text;
CREATE TABLE users (id bigint PRIMARY KEY, address text);
