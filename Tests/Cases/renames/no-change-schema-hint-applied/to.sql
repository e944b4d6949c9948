-- monolayer: renamed from billing
CREATE SCHEMA finance;
CREATE TABLE finance.invoices (id bigint PRIMARY KEY);
