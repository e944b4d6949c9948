-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.users ADD COLUMN active boolean DEFAULT true NOT NULL;

-- monolayer:down
ALTER TABLE public.users DROP COLUMN active;
