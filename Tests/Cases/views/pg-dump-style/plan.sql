-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.customers (
  id bigint NOT NULL,
  name text NOT NULL,
  region text,
  CONSTRAINT customers_pkey PRIMARY KEY (id)
);

CREATE TABLE public.orders (
  id bigint NOT NULL,
  customer_id bigint NOT NULL,
  total numeric NOT NULL,
  status text,
  CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id),
  CONSTRAINT orders_pkey PRIMARY KEY (id)
);

CREATE VIEW public.customer_revenue AS
SELECT c.id,
    c.name,
    count(*) AS count,
    sum(o.total) AS revenue
   FROM (public.customers c
     JOIN public.orders o ON ((o.customer_id = c.id)))
  WHERE (o.status = ANY (ARRAY['paid'::text, 'shipped'::text]))
  GROUP BY c.id, c.name;

CREATE MATERIALIZED VIEW public.region_totals AS
SELECT customers.region,
    sum(orders.total) AS total
   FROM (public.customers
     JOIN public.orders ON ((orders.customer_id = customers.id)))
  GROUP BY customers.region;
CREATE INDEX region_totals_region_idx ON public.region_totals USING btree (region);

CREATE VIEW public.top_customers AS
SELECT customer_revenue.id,
    customer_revenue.name
   FROM public.customer_revenue
  WHERE (customer_revenue.revenue > (1000)::numeric);

-- monolayer:down
DROP VIEW public.top_customers;

DROP MATERIALIZED VIEW public.region_totals;

DROP VIEW public.customer_revenue;

DROP TABLE public.orders;

DROP TABLE public.customers;
