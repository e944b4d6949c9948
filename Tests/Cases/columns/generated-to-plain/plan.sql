-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.t ALTER COLUMN doubled DROP EXPRESSION;

-- monolayer:down
-- cannot be undone: ALTER TABLE public.t ALTER COLUMN doubled DROP EXPRESSION
