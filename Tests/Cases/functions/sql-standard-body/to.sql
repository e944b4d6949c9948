CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  total numeric NOT NULL,
  discount numeric
);

CREATE FUNCTION with_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
  LANGUAGE sql IMMUTABLE
  RETURN round(amount * (1 + rate), 2);

CREATE FUNCTION customer_total(customer bigint) RETURNS numeric
  LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT coalesce(sum(total - coalesce(discount, 0)), 0) FROM orders WHERE customer_id = customer;
END;
