CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('eur', 'usd');
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, currency billing.currency);
CREATE INDEX invoices_currency_idx ON billing.invoices (currency);
