-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF004 might-fail: Added check constraint on an existing table (constraint: 'price_check' table: 'products' schema: 'public')

-- monolayer:up
ALTER TABLE public.products DROP CONSTRAINT price_check;

ALTER TABLE public.products ADD CONSTRAINT price_check CHECK (price >= 0) NOT VALID;

-- monolayer:down
ALTER TABLE public.products DROP CONSTRAINT price_check;

ALTER TABLE public.products ADD CONSTRAINT price_check CHECK (price > 0);

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.products VALIDATE CONSTRAINT price_check;

-- monolayer:down

