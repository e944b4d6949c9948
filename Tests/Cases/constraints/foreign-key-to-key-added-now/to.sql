-- The key a new table's foreign key references is added to an existing table in the same plan: its
-- index is built concurrently (expand) and attached in alter, so the foreign key comes after it.
CREATE TABLE accounts (id bigint NOT NULL PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX accounts_code_key ON accounts (code);

CREATE TABLE invoices (
    id bigint NOT NULL,
    account_id bigint REFERENCES accounts (id),
    account_code text REFERENCES accounts (code)
);
