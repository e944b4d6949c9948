-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE AGGREGATE public.biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >, PARALLEL = restricted);

CREATE AGGREGATE public.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);

CREATE AGGREGATE public.pick(double precision ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);

CREATE TABLE public.scores (
  player text,
  points integer
);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public._group_concat(text, text) RETURNS text AS $$
SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END
$$ LANGUAGE sql IMMUTABLE;

CREATE AGGREGATE public.group_concat(text) (SFUNC = public._group_concat, STYPE = text);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public._median(integer[]) RETURNS integer AS $$
  WITH q AS (SELECT val FROM unnest($1) AS val WHERE val IS NOT NULL ORDER BY val)
  SELECT val FROM q LIMIT 1 OFFSET greatest(0, floor((SELECT count(*) FROM q) / 2.0) - 1)
$$ LANGUAGE sql IMMUTABLE;

CREATE AGGREGATE public.median(integer) (SFUNC = array_append, STYPE = integer[], FINALFUNC = public._median, INITCOND = '{}');

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.count_step(state bigint) RETURNS bigint AS 'SELECT state + 1' LANGUAGE sql IMMUTABLE STRICT;

CREATE AGGREGATE public.row_count(*) (SFUNC = public.count_step, STYPE = bigint, INITCOND = '0');

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.sum_combine(a bigint, b bigint) RETURNS bigint AS 'SELECT a + b' LANGUAGE sql IMMUTABLE STRICT;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.sum_final(state bigint) RETURNS numeric AS 'SELECT state::numeric' LANGUAGE sql IMMUTABLE STRICT;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.sum_step(state bigint, value integer) RETURNS bigint AS 'SELECT state + value' LANGUAGE sql IMMUTABLE STRICT;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.sum_unstep(state bigint, value integer) RETURNS bigint AS 'SELECT state - value' LANGUAGE sql IMMUTABLE STRICT;

CREATE AGGREGATE public.total(value integer) (SFUNC = public.sum_step, STYPE = bigint, SSPACE = 8, FINALFUNC = public.sum_final, COMBINEFUNC = public.sum_combine, INITCOND = '0', MSFUNC = public.sum_step, MINVFUNC = public.sum_unstep, MSTYPE = bigint, MSSPACE = 8, MFINALFUNC = public.sum_final, MINITCOND = '0', PARALLEL = safe);

CREATE VIEW public.medians AS
SELECT player, median(points) AS middle, group_concat(player) AS names FROM scores GROUP BY player;

-- monolayer:down
DROP VIEW public.medians;

DROP AGGREGATE public.total(value integer);

DROP FUNCTION public.sum_unstep(bigint, integer);

DROP FUNCTION public.sum_step(bigint, integer);

DROP FUNCTION public.sum_final(bigint);

DROP FUNCTION public.sum_combine(bigint, bigint);

DROP AGGREGATE public.row_count(*);

DROP FUNCTION public.count_step(bigint);

DROP AGGREGATE public.median(integer);

DROP FUNCTION public._median(integer[]);

DROP AGGREGATE public.group_concat(text);

DROP FUNCTION public._group_concat(text, text);

DROP TABLE public.scores;

DROP AGGREGATE public.pick(double precision ORDER BY anyelement);

DROP AGGREGATE public.my_rank(VARIADIC "any" ORDER BY VARIADIC "any");

DROP AGGREGATE public.biggest(integer);

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON AGGREGATE public.median(integer) IS 'the middle value';

COMMENT ON AGGREGATE public.pick(double precision, anyelement) IS 'ordered-set';

COMMENT ON AGGREGATE public.row_count(*) IS 'rows';

-- monolayer:down

