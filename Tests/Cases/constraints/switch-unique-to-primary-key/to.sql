-- The primary key moves from id to code; the foreign key on id goes, the one on code is kept.
CREATE TABLE accounts (id bigint NOT NULL, code text NOT NULL, CONSTRAINT accounts_code_pkey PRIMARY KEY (code));
CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint, account_code text REFERENCES accounts (code));
