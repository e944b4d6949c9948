-- The table's new name; its key, index and the foreign key follow it.
-- monolayer: renamed from public.accounts
CREATE TABLE customers (id bigint CONSTRAINT accounts_pkey PRIMARY KEY, email text NOT NULL);
CREATE INDEX accounts_email_idx ON customers (email);
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint CONSTRAINT orders_account_id_fkey REFERENCES customers (id));
COMMENT ON TABLE customers IS 'people who pay us';
