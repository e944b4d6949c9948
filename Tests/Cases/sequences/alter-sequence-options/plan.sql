-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER SEQUENCE public.tickets AS bigint INCREMENT BY 2 MINVALUE 1 MAXVALUE 1000 START WITH 1 CACHE 1 CYCLE;

-- monolayer:down
ALTER SEQUENCE public.tickets AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
