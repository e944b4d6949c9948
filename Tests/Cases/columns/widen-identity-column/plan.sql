-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B001 blocking: Changed column type from integer to bigint (column: 'id' table: 'items' schema: 'public')

-- monolayer:up
ALTER TABLE public.items ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.items ALTER COLUMN id SET MAXVALUE 9223372036854775807;

-- monolayer:down
ALTER TABLE public.items ALTER COLUMN id SET MAXVALUE 2147483647;

ALTER TABLE public.items ALTER COLUMN id TYPE integer USING id::integer;
