-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings:
--   B002 blocking: Added column with a volatile default or identity (column: 'id' table: 'items' schema: 'public')

-- monolayer:up
CREATE SEQUENCE public.items_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

ALTER TABLE public.items ADD COLUMN id bigint DEFAULT nextval('public.items_id_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;

-- monolayer:down
ALTER TABLE public.items DROP COLUMN id;

DROP SEQUENCE IF EXISTS public.items_id_seq;
