-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B004 blocking: Changed table to logged (table: 'imports' schema: 'public')

-- monolayer:up
ALTER TABLE public.imports SET LOGGED;

-- monolayer:down
ALTER TABLE public.imports SET UNLOGGED;
