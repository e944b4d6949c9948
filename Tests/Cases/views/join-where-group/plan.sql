-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.big_spenders AS
WITH big AS (SELECT customer_id, total FROM orders WHERE total > 100)
  SELECT customer_id, count(*) AS n, (SELECT max(total) FROM orders) AS top FROM big GROUP BY customer_id;

CREATE VIEW public.customer_orders AS
SELECT id, c.name, o.total FROM customers c LEFT JOIN orders o USING (id);

CREATE VIEW public.customer_revenue AS
SELECT c.id, name, count(*), sum(total) AS revenue, max(placed_at)
  FROM customers c JOIN orders o ON o.customer_id = c.id
  WHERE status IN ('paid', 'shipped') AND name LIKE 'A%' AND total BETWEEN 1 AND 1000
  GROUP BY 1, name
  HAVING count(*) > 1
  ORDER BY revenue DESC
  LIMIT 100;

CREATE VIEW public.names AS
SELECT id, name FROM customers UNION SELECT id, status FROM orders;

CREATE VIEW public.order_sizes AS
SELECT id, CASE WHEN total > 100 THEN 'big' ELSE 'small' END AS size, 'x' AS tag, placed_at > '2020-01-01'::date AS recent,
         coalesce(status, 'none'), total::integer, now() - interval '1 day' AS since
  FROM orders;

CREATE VIEW public.recent AS
SELECT x.n FROM (SELECT name AS n, region FROM customers WHERE region IS NOT NULL) x;

CREATE VIEW public.repeat_customers AS
SELECT id FROM customers
  WHERE id IN (SELECT customer_id FROM orders) AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = customers.id AND o.total > 10);

-- monolayer:down
DROP VIEW public.repeat_customers;

DROP VIEW public.recent;

DROP VIEW public.order_sizes;

DROP VIEW public.names;

DROP VIEW public.customer_revenue;

DROP VIEW public.customer_orders;

DROP VIEW public.big_spenders;
