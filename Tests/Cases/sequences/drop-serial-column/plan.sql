-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D003 destructive: Dropped column (column: 'position' table: 'items' schema: 'public')

-- monolayer:up
ALTER TABLE public.items DROP COLUMN "position";

DROP SEQUENCE IF EXISTS public.items_position_seq;

-- monolayer:down
CREATE SEQUENCE public.items_position_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
ALTER TABLE public.items ADD COLUMN "position" integer DEFAULT nextval('public.items_position_seq'::regclass) NOT NULL;
ALTER SEQUENCE public.items_position_seq OWNED BY public.items."position";
