-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B001 blocking: Changed column type from public.mood to public.feeling (column: 'current' table: 'people' schema: 'public')
--   B001 blocking: Changed column type from public.mood[] to public.feeling[] (column: 'history' table: 'people' schema: 'public')

-- monolayer:up
ALTER TABLE public.people ALTER COLUMN current TYPE public.feeling USING current::text::public.feeling;

ALTER TABLE public.people ALTER COLUMN history TYPE public.feeling[] USING history::text[]::public.feeling[];

-- monolayer:down
ALTER TABLE public.people ALTER COLUMN history TYPE public.mood[] USING history::text[]::public.mood[];

ALTER TABLE public.people ALTER COLUMN current TYPE public.mood USING current::text::public.mood;
