CREATE TABLE accounts (id bigint NOT NULL, email text NOT NULL);
