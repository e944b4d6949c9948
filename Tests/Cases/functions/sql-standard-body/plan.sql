-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.orders ADD COLUMN discount numeric;

CREATE FUNCTION public.customer_total(customer bigint) RETURNS numeric
  LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT coalesce(sum(total - coalesce(discount, 0)), 0) FROM orders WHERE customer_id = customer;
END;

CREATE FUNCTION public.with_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
  LANGUAGE sql IMMUTABLE
  RETURN round(amount * (1 + rate), 2);

-- monolayer:down
DROP FUNCTION public.with_tax(numeric, numeric);

DROP FUNCTION public.customer_total(bigint);

ALTER TABLE public.orders DROP COLUMN discount;
