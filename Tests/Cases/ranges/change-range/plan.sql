-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'floatrange' schema: 'public')

-- monolayer:up
DROP TYPE public.floatrange;
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);

-- monolayer:down
DROP TYPE public.floatrange;
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision);
