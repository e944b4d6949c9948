-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE MATERIALIZED VIEW public.customer_totals AS
SELECT customer_id, sum(total) AS total, count(*) AS orders FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_id_idx ON public.customer_totals USING btree (customer_id);
CREATE INDEX customer_totals_total_idx ON public.customer_totals USING btree (total DESC);

-- monolayer:down
DROP MATERIALIZED VIEW public.customer_totals;
