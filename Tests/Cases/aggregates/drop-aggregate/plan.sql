-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D015 destructive: Dropped aggregate (function: 'median(integer)' schema: 'public')
--   D008 destructive: Dropped function (function: '_median(integer[])' schema: 'public')
--   MF009 might-fail: Dropped function with a body monolayer cannot follow (function: '_median(integer[])' schema: 'public')

-- monolayer:up
DROP AGGREGATE public.median(integer);

DROP FUNCTION public._median(integer[]);

-- monolayer:down
CREATE FUNCTION public._median(integer[]) RETURNS integer AS 'SELECT $1[1]' LANGUAGE sql IMMUTABLE;

CREATE AGGREGATE public.median(integer) (SFUNC = array_append, STYPE = integer[], FINALFUNC = public._median, INITCOND = '{}');
COMMENT ON AGGREGATE public.median(integer) IS 'the middle value';
