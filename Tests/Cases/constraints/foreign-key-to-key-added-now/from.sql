CREATE TABLE accounts (id bigint NOT NULL, code text NOT NULL);
