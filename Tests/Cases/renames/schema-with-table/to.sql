-- monolayer: renamed from billing
CREATE SCHEMA finance;
CREATE TYPE finance.currency AS ENUM ('eur', 'usd');
CREATE TABLE finance.invoices (id bigint PRIMARY KEY, currency finance.currency, paid boolean);
CREATE INDEX invoices_currency_idx ON finance.invoices (currency);
