CREATE TABLE accounts (id bigint CONSTRAINT accounts_pkey PRIMARY KEY, email text NOT NULL);
CREATE INDEX accounts_email_idx ON accounts (email);
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint CONSTRAINT orders_account_id_fkey REFERENCES accounts (id));
COMMENT ON TABLE accounts IS 'people who pay';
