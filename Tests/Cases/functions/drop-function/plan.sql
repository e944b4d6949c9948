-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D008 destructive: Dropped function (function: 'double_it(integer)' schema: 'public')
--   MF009 might-fail: Dropped function with a body monolayer cannot follow (function: 'double_it(integer)' schema: 'public')

-- monolayer:up
DROP FUNCTION public.double_it(integer);

-- monolayer:down
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
