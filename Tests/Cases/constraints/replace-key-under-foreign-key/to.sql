-- The unique key changes (now NULLS NOT DISTINCT) under a foreign key the files keep: dropped and added around it.
CREATE TABLE accounts (id bigint PRIMARY KEY, code text NOT NULL, CONSTRAINT accounts_code_key UNIQUE NULLS NOT DISTINCT (code));
CREATE TABLE invoices (id bigint PRIMARY KEY, account_code text REFERENCES accounts (code));
