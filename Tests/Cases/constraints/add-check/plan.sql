-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF004 might-fail: Added check constraint on an existing table (constraint: 'products_price_check' table: 'products' schema: 'public')

-- monolayer:up
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0) NOT VALID;

-- monolayer:down
ALTER TABLE public.products DROP CONSTRAINT products_price_check;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

-- monolayer:down

