-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI006 backwards-incompatible: Renamed type (type: 'positive' schema: 'public') to 'positive_int'
--   BI006 backwards-incompatible: Renamed type (type: 'pair' schema: 'public') to 'int_pair'

-- monolayer:up
ALTER DOMAIN public.positive RENAME TO positive_int;

ALTER TYPE public.pair RENAME TO int_pair;

ALTER TABLE public.t ADD COLUMN q public.int_pair;

-- monolayer:down
ALTER TABLE public.t DROP COLUMN q;

ALTER TYPE public.int_pair RENAME TO pair;

ALTER DOMAIN public.positive_int RENAME TO positive;
