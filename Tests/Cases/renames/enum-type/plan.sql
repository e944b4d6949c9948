-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI006 backwards-incompatible: Renamed type (type: 'mood' schema: 'public') to 'feeling'

-- monolayer:up
ALTER TYPE public.mood RENAME TO feeling;

-- monolayer:down
ALTER TYPE public.feeling RENAME TO mood;
