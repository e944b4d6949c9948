-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D013 destructive: Detached (table: 'capitals' schema: 'public') from (table: 'cities' schema: 'public')

-- monolayer:up
ALTER TABLE public.capitals NO INHERIT public.cities;

ALTER TABLE public.capitals INHERIT public.archived;

-- monolayer:down
ALTER TABLE public.capitals NO INHERIT public.archived;

ALTER TABLE public.capitals INHERIT public.cities;
