-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'items' schema: 'public')

-- monolayer:up
DROP TABLE public.items;

DROP SEQUENCE IF EXISTS public.items_id_seq;

-- monolayer:down
CREATE SEQUENCE public.items_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
CREATE TABLE public.items (
  id integer DEFAULT nextval('public.items_id_seq'::regclass) NOT NULL,
  name text,
  CONSTRAINT items_pkey PRIMARY KEY (id)
);
ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
