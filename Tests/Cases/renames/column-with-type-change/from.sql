CREATE TABLE users (id bigint PRIMARY KEY, zip integer);
