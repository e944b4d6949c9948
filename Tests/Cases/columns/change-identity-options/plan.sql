-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.items ALTER COLUMN id SET INCREMENT BY 5 SET MAXVALUE 1000000;

-- monolayer:down
ALTER TABLE public.items ALTER COLUMN id SET INCREMENT BY 1 SET MAXVALUE 9223372036854775807;
