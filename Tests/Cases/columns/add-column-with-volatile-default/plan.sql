-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings:
--   B002 blocking: Added column with a volatile default or identity (column: 'token' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;

-- monolayer:down
ALTER TABLE public.users DROP COLUMN token;
