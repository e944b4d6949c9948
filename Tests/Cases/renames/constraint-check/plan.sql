-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI010 backwards-incompatible: Renamed constraint (constraint: 'price_check' table: 'products' schema: 'public') to 'products_price_positive'

-- monolayer:up
ALTER TABLE public.products RENAME CONSTRAINT price_check TO products_price_positive;

-- monolayer:down
ALTER TABLE public.products RENAME CONSTRAINT products_price_positive TO price_check;
