-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF003 might-fail: Added non-nullable column without a default (column: 'email' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users ADD COLUMN email text NOT NULL;

-- monolayer:down
ALTER TABLE public.users DROP COLUMN email;
