-- The index is built CONCURRENTLY in expand (its own migration, outside a transaction); the identity
-- names it in alter, which runs after expand.
CREATE TABLE accounts (id bigint NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;
