-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D007 destructive: Dropped sequence (sequence: 'tickets' schema: 'public')

-- monolayer:up
DROP SEQUENCE IF EXISTS public.tickets;

-- monolayer:down
CREATE SEQUENCE public.tickets AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
