CREATE EXTENSION citext;
CREATE TABLE accounts (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE);
