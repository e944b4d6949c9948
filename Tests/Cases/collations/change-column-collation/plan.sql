-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B006 blocking: Changed column type from text to text COLLATE public.c_locale (column: 'name' table: 'names' schema: 'public')
--   B006 blocking: Changed column type from text COLLATE pg_catalog."C" to text (column: 'code' table: 'names' schema: 'public')

-- monolayer:up
ALTER TABLE public.names ALTER COLUMN name TYPE text COLLATE public.c_locale USING name::text;

ALTER TABLE public.names ALTER COLUMN code TYPE text USING code::text;

-- monolayer:down
ALTER TABLE public.names ALTER COLUMN code TYPE text COLLATE pg_catalog."C" USING code::text;

ALTER TABLE public.names ALTER COLUMN name TYPE text USING name::text;
