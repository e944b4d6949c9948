-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D015 destructive: Dropped and recreated aggregate (function: 'collect(integer)' schema: 'public')

-- monolayer:up
DROP AGGREGATE public.collect(integer);
CREATE AGGREGATE public.collect(integer) (SFUNC = int4pl, STYPE = integer);

-- monolayer:down
DROP AGGREGATE public.collect(integer);
CREATE AGGREGATE public.collect(integer) (SFUNC = array_append, STYPE = integer[], INITCOND = '{}');
