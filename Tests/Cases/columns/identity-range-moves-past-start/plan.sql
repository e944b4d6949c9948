-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.readings ALTER COLUMN level SET INCREMENT BY 4 SET MINVALUE -20 SET MAXVALUE 20 SET START WITH -20 RESTART WITH -20;

-- monolayer:down
ALTER TABLE public.readings ALTER COLUMN level SET INCREMENT BY 2 SET MINVALUE -50 SET MAXVALUE 50 SET START WITH -50;
