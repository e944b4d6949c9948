-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI008 backwards-incompatible: Renamed schema (schema: 'billing') to 'finance'

-- monolayer:up
ALTER SCHEMA billing RENAME TO finance;

ALTER TABLE finance.invoices ADD COLUMN paid boolean;

-- monolayer:down
ALTER TABLE finance.invoices DROP COLUMN paid;

ALTER SCHEMA finance RENAME TO billing;
