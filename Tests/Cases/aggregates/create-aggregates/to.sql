-- MusicBrainz's median and Pagila's group_concat as written there, and every other option: moving-aggregate
-- functions, a combine function, parallel safety, a sort operator, final-function flags, an ordered-set
-- and a hypothetical-set aggregate, a zero-argument (*) aggregate; a view that uses one; comments.
CREATE FUNCTION _median(integer[]) RETURNS integer AS $$
  WITH q AS (SELECT val FROM unnest($1) AS val WHERE val IS NOT NULL ORDER BY val)
  SELECT val FROM q LIMIT 1 OFFSET greatest(0, floor((SELECT count(*) FROM q) / 2.0) - 1)
$$ LANGUAGE sql IMMUTABLE;
CREATE AGGREGATE median(INTEGER) (
  SFUNC=array_append,
  STYPE=INTEGER[],
  FINALFUNC=_median,
  INITCOND='{}'
);
CREATE FUNCTION public._group_concat(text, text) RETURNS text AS $$
SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END
$$ LANGUAGE sql IMMUTABLE;
CREATE AGGREGATE public.group_concat(text) (
    SFUNC = public._group_concat,
    STYPE = text
);
CREATE FUNCTION sum_step(state bigint, value integer) RETURNS bigint AS 'SELECT state + value' LANGUAGE sql IMMUTABLE STRICT;
CREATE FUNCTION sum_unstep(state bigint, value integer) RETURNS bigint AS 'SELECT state - value' LANGUAGE sql IMMUTABLE STRICT;
CREATE FUNCTION sum_combine(a bigint, b bigint) RETURNS bigint AS 'SELECT a + b' LANGUAGE sql IMMUTABLE STRICT;
CREATE FUNCTION sum_final(state bigint) RETURNS numeric AS 'SELECT state::numeric' LANGUAGE sql IMMUTABLE STRICT;
CREATE AGGREGATE total(value integer) (
    SFUNC = sum_step, STYPE = bigint, INITCOND = 0, SSPACE = 8, FINALFUNC = sum_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = sum_combine, PARALLEL = SAFE,
    MSFUNC = sum_step, MINVFUNC = sum_unstep, MSTYPE = bigint, MSSPACE = 8, MFINALFUNC = sum_final, MINITCOND = '0'
);
CREATE AGGREGATE biggest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >, PARALLEL = restricted);
-- Ordered-set and hypothetical-set aggregates over PostgreSQL's own support functions, as its documentation shows.
CREATE AGGREGATE pick(float8 ORDER BY anyelement) (
    SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_WRITE
);
CREATE AGGREGATE my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL
);
CREATE FUNCTION count_step(state bigint) RETURNS bigint AS 'SELECT state + 1' LANGUAGE sql IMMUTABLE STRICT;
CREATE AGGREGATE row_count(*) (SFUNC = count_step, STYPE = bigint, INITCOND = '0');
CREATE TABLE scores (player text, points integer);
CREATE VIEW medians AS SELECT player, median(points) AS middle, group_concat(player) AS names FROM scores GROUP BY player;
COMMENT ON AGGREGATE median(integer) IS 'the middle value';
COMMENT ON AGGREGATE row_count(*) IS 'rows';
COMMENT ON AGGREGATE pick(float8 ORDER BY anyelement) IS 'ordered-set';
