-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'email' schema: 'public')

-- monolayer:up
DROP DOMAIN public.email;

-- monolayer:down
CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (VALUE ~ '@');
