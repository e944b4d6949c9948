-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER SEQUENCE public.ticket_numbers AS integer INCREMENT BY 1 MINVALUE 1000 MAXVALUE 5000 START WITH 1000 CACHE 1 NO CYCLE RESTART WITH 1000;

-- monolayer:down
ALTER SEQUENCE public.ticket_numbers AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 5000 START WITH 1 CACHE 1 NO CYCLE;
