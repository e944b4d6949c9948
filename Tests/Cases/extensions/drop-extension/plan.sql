-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D010 destructive: Dropped extension (extension: 'citext')

-- monolayer:up
DROP EXTENSION citext;

-- monolayer:down
CREATE EXTENSION IF NOT EXISTS citext;
