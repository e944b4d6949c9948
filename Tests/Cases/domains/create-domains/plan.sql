-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (VALUE ~ '@');

CREATE DOMAIN public.positive_amount AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT amount_positive CHECK (VALUE >= 0);

CREATE DOMAIN public.year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);

CREATE TABLE public.invoices (
  id bigint NOT NULL,
  contact public.email,
  total public.positive_amount,
  fiscal_year public.year,
  CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.invoices;

DROP DOMAIN public.year;

DROP DOMAIN public.positive_amount;

DROP DOMAIN public.email;
