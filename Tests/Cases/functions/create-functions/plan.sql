-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.accounts (
  id bigint NOT NULL,
  balance numeric DEFAULT 0 NOT NULL,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE FUNCTION public.clamp(value integer, low integer DEFAULT 0, high integer DEFAULT 100)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
BEGIN
  IF value < low THEN
    RETURN low;
  ELSIF value > high THEN
    RETURN high;
  END IF;
  RETURN value;
END;
$$;

CREATE PROCEDURE public.deposit(account bigint, amount numeric)
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE accounts SET balance = balance + amount WHERE id = account;
END;
$$;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.total_balance() RETURNS numeric
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(sum(balance), 0) FROM accounts $$;

-- monolayer:down
DROP FUNCTION public.total_balance();

DROP PROCEDURE public.deposit(bigint, numeric);

DROP FUNCTION public.clamp(integer, integer, integer);

DROP TABLE public.accounts;
