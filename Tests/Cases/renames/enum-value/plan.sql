-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI007 backwards-incompatible: Renamed enum value 'live' to 'published' (type: 'status' schema: 'public')

-- monolayer:up
ALTER TYPE public.status RENAME VALUE 'live' TO 'published';

-- monolayer:down
ALTER TYPE public.status RENAME VALUE 'published' TO 'live';
