-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE FUNCTION public.is_valid_amount(amount numeric) RETURNS boolean
  LANGUAGE sql IMMUTABLE
  RETURN amount > 0 AND amount < 1000000;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.next_invoice_number() RETURNS text
  LANGUAGE sql
  AS $$ SELECT 'INV-' || lpad((floor(random() * 1000000))::text, 6, '0') $$;

CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  number text DEFAULT next_invoice_number() NOT NULL,
  amount numeric NOT NULL,
  CONSTRAINT invoices_amount_check CHECK (is_valid_amount(amount)),
  CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.invoices;

DROP FUNCTION public.next_invoice_number();

DROP FUNCTION public.is_valid_amount(numeric);
