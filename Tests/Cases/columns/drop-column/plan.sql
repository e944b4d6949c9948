-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D003 destructive: Dropped column (column: 'legacy_flag' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users DROP COLUMN legacy_flag;

-- monolayer:down
ALTER TABLE public.users ADD COLUMN legacy_flag boolean DEFAULT false NOT NULL;
