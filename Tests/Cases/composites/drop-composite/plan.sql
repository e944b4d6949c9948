-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'outer_type' schema: 'public')
--   D004 destructive: Dropped type (type: 'inner_type' schema: 'public')

-- monolayer:up
DROP TYPE public.outer_type;

DROP TYPE public.inner_type;

-- monolayer:down
CREATE TYPE public.inner_type AS (x integer);

CREATE TYPE public.outer_type AS (i public.inner_type, y text);
COMMENT ON TYPE public.outer_type IS 'goes away';
