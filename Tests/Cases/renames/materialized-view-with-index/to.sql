CREATE TABLE sales (id bigint PRIMARY KEY, amount numeric);
-- monolayer: renamed from public.sales_total
CREATE MATERIALIZED VIEW revenue AS SELECT sum(amount) AS total FROM sales;
-- monolayer: renamed from sales_total_idx
CREATE INDEX revenue_total_idx ON revenue (total);
