-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B005 blocking: Changed column type from integer to public.quantity (column: 'amount' table: 'stock' schema: 'public')

-- monolayer:up
ALTER TABLE public.stock ALTER COLUMN amount TYPE public.quantity USING amount::public.quantity;

-- monolayer:down
ALTER TABLE public.stock ALTER COLUMN amount TYPE integer USING amount::integer;
