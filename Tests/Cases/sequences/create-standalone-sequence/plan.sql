-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SEQUENCE public.invoice_numbers AS integer INCREMENT BY 5 MINVALUE 1 MAXVALUE 2147483647 START WITH 100 CACHE 10 NO CYCLE;

CREATE TABLE public.invoices (
  number integer DEFAULT nextval('invoice_numbers') NOT NULL,
  total numeric
);

-- monolayer:down
DROP TABLE public.invoices;

DROP SEQUENCE IF EXISTS public.invoice_numbers;
