-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped and recreated view (view: 'order_euros' schema: 'public')
--   D008 destructive: Dropped and recreated function (function: 'euros(integer)' schema: 'public')

-- monolayer:up
DROP VIEW public.order_euros;

DROP FUNCTION public.euros(integer);
CREATE FUNCTION public.euros(cents integer) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN cents::numeric / 100;

CREATE VIEW public.order_euros AS
SELECT id, euros(cents) AS euros FROM orders;

-- monolayer:down
DROP VIEW public.order_euros;

DROP FUNCTION public.euros(integer);
CREATE FUNCTION public.euros(cents integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN cents / 100;

CREATE VIEW public.order_euros AS
SELECT id, euros(cents) AS euros FROM orders;
