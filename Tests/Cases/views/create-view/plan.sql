-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.orders (
  id bigint NOT NULL,
  customer_id bigint NOT NULL,
  total numeric NOT NULL,
  status text,
  CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id),
  CONSTRAINT orders_pkey PRIMARY KEY (id)
);

ALTER TABLE public.customers ADD COLUMN region text;

CREATE VIEW public.active_orders AS
SELECT o.id, o.total, c.name AS customer FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'active';

-- monolayer:down
DROP VIEW public.active_orders;

ALTER TABLE public.customers DROP COLUMN region;

DROP TABLE public.orders;
