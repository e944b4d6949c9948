CREATE TABLE accounts (id bigint PRIMARY KEY, code text NOT NULL, CONSTRAINT accounts_code_key UNIQUE (code));
CREATE TABLE invoices (id bigint PRIMARY KEY, account_code text REFERENCES accounts (code));
