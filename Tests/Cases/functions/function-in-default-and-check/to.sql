CREATE FUNCTION next_invoice_number() RETURNS text
  LANGUAGE sql
  AS $$ SELECT 'INV-' || lpad((floor(random() * 1000000))::text, 6, '0') $$;

-- An SQL-standard body that reads no table: created before the table whose check calls it.
CREATE FUNCTION is_valid_amount(amount numeric) RETURNS boolean
  LANGUAGE sql IMMUTABLE
  RETURN amount > 0 AND amount < 1000000;

CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number text NOT NULL DEFAULT next_invoice_number(),
  amount numeric NOT NULL CHECK (is_valid_amount(amount))
);
