-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D006 destructive: Dropped constraint (constraint: 'price_positive' table: 'products' schema: 'public')

-- monolayer:up
ALTER TABLE public.products DROP CONSTRAINT price_positive;

-- monolayer:down
ALTER TABLE public.products ADD CONSTRAINT price_positive CHECK (price > 0);
