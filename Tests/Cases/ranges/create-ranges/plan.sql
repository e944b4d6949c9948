-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);

CREATE TYPE public.price AS RANGE (SUBTYPE = numeric, MULTIRANGE_TYPE_NAME = public.price_ranges);

CREATE TYPE public.span AS RANGE (SUBTYPE = integer);

CREATE TYPE public.textrange_c AS RANGE (SUBTYPE = text, SUBTYPE_OPCLASS = text_pattern_ops, COLLATION = pg_catalog."C");

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.time_subtype_diff(x time, y time) RETURNS float8 AS 'SELECT EXTRACT(EPOCH FROM (x - y))' LANGUAGE sql STRICT IMMUTABLE;

CREATE TYPE public.timerange AS RANGE (SUBTYPE = time without time zone, SUBTYPE_DIFF = public.time_subtype_diff);

CREATE TABLE public.offers (
  id bigint NOT NULL,
  hours public.timerange,
  prices public.price_ranges,
  spread public.floatrange,
  letters public.textrange_c,
  CONSTRAINT offers_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.offers;

DROP TYPE public.timerange;

DROP FUNCTION public.time_subtype_diff(time without time zone, time without time zone);

DROP TYPE public.textrange_c;

DROP TYPE public.span;

DROP TYPE public.price;

DROP TYPE public.floatrange;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON TYPE public.price IS 'a price band';

-- monolayer:down

