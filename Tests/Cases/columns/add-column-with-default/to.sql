CREATE TABLE users (id bigint PRIMARY KEY, active boolean NOT NULL DEFAULT true);
