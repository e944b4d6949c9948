CREATE TABLE accounts (id bigint NOT NULL, code text NOT NULL, CONSTRAINT accounts_pkey PRIMARY KEY (id), CONSTRAINT accounts_code_key UNIQUE (code));
CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id), account_code text REFERENCES accounts (code));
