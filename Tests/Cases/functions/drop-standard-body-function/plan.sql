-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D008 destructive: Dropped function (function: 'price_of(text)' schema: 'public')

-- monolayer:up
DROP FUNCTION public.price_of(text);

-- monolayer:down
CREATE FUNCTION public.price_of(wanted text) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT cents FROM prices WHERE sku = wanted;
END;
