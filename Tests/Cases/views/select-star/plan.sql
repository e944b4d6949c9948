-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.all_customers AS
SELECT * FROM customers;

CREATE VIEW public.big_orders AS
SELECT o.*, c.name
    FROM orders o JOIN customers c ON c.customer_id = o.customer_id
    WHERE o.total > 100;

CREATE VIEW public.customer_orders AS
SELECT * FROM customers JOIN orders USING (customer_id);

CREATE MATERIALIZED VIEW public.region_totals AS
WITH per_region AS (
        SELECT c.region, sum(o.total) AS total FROM customers c NATURAL JOIN orders o GROUP BY c.region
    )
    SELECT * FROM per_region;

-- monolayer:down
DROP MATERIALIZED VIEW public.region_totals;

DROP VIEW public.customer_orders;

DROP VIEW public.big_orders;

DROP VIEW public.all_customers;
