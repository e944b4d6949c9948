-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D001 destructive: Dropped schema (schema: 'legacy')

-- monolayer:up
DROP SCHEMA legacy;

-- monolayer:down
CREATE SCHEMA legacy;
