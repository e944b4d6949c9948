-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.big_sales AS
SELECT id, amount / quantity AS unit_price FROM sales WHERE amount > quantity AND sale_date > '2026-01-01';

CREATE VIEW public.daily_sales AS
SELECT sale_date, sum(amount) AS total, sum(quantity) AS items FROM sales GROUP BY sale_date;

CREATE MATERIALIZED VIEW public.monthly_sales AS
SELECT date_trunc('month', sale_date) AS month, sum(total) AS total
    FROM daily_sales GROUP BY date_trunc('month', sale_date);

-- monolayer:down
DROP MATERIALIZED VIEW public.monthly_sales;

DROP VIEW public.daily_sales;

DROP VIEW public.big_sales;
