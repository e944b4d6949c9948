-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'pair' schema: 'public')

-- monolayer:up
DROP TYPE public.pair;
CREATE TYPE public.pair AS (a integer, middle text, b integer);

-- monolayer:down
DROP TYPE public.pair;
CREATE TYPE public.pair AS (a integer, b integer);
