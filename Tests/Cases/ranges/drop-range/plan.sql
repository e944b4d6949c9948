-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'floatrange' schema: 'public')

-- monolayer:up
DROP TYPE public.floatrange;

-- monolayer:down
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi, MULTIRANGE_TYPE_NAME = public.floatranges);
COMMENT ON TYPE public.floatrange IS 'goes away';
