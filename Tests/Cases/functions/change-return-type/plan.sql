-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D008 destructive: Dropped and recreated function (function: 'item_count(text[])' schema: 'public')
--   MF009 might-fail: Dropped function with a body monolayer cannot follow (function: 'item_count(text[])' schema: 'public')

-- monolayer:up
DROP FUNCTION public.item_count(text[]);
CREATE FUNCTION public.item_count(list text[]) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT cardinality(list)::bigint';

-- monolayer:down
DROP FUNCTION public.item_count(text[]);
CREATE FUNCTION public.item_count(list text[]) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT cardinality(list)';
