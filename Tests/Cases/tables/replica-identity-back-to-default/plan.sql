-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.order_lines REPLICA IDENTITY DEFAULT;

ALTER TABLE public.orders REPLICA IDENTITY DEFAULT;

ALTER TABLE public.orders ALTER COLUMN number DROP NOT NULL;

-- monolayer:down
ALTER TABLE public.orders ALTER COLUMN number SET NOT NULL;

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_number_key;

ALTER TABLE public.order_lines REPLICA IDENTITY FULL;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: no (each statement commits on its own)
-- warnings:
--   D005 destructive: Dropped index (index: 'orders_number_key' table: 'orders' schema: 'public')

-- monolayer:up
DROP INDEX CONCURRENTLY IF EXISTS public.orders_number_key;

-- monolayer:down
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_number_key ON public.orders USING btree (number);
