CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  balance numeric NOT NULL DEFAULT 0
);

-- An SQL function reading a table created in the same migration.
CREATE FUNCTION total_balance() RETURNS numeric
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(sum(balance), 0) FROM accounts $$;

CREATE OR REPLACE FUNCTION clamp(value integer, low integer DEFAULT 0, high integer DEFAULT 100)
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

CREATE PROCEDURE deposit(account bigint, amount numeric)
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE accounts SET balance = balance + amount WHERE id = account;
END;
$$;
