-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.latest_sale_per_region AS
SELECT DISTINCT ON (region) region, product, amount FROM sales ORDER BY region, sold_at DESC;

CREATE VIEW public.ranked_regions AS
SELECT r.name, r.rank, s.total
    FROM (VALUES ('north', 1), ('south', 2)) AS r(name, rank)
    LEFT JOIN LATERAL (SELECT sum(amount) AS total FROM sales WHERE sales.region = r.name) AS s ON true;

CREATE VIEW public.recent_pairs AS
SELECT id FROM sales WHERE (region, product) = ('north', 'widget') OR (sold_at, id) > ('2026-01-01', 10);

CREATE VIEW public.region_names (code, rank) AS
VALUES ('north', 1), ('south', 2);

CREATE VIEW public.regions AS
VALUES ('north', 1), ('south', 2);

CREATE VIEW public.running_totals AS
SELECT id, region, sum(amount) OVER w AS running, rank() OVER (PARTITION BY region ORDER BY amount DESC) AS place
    FROM sales WINDOW w AS (PARTITION BY region ORDER BY sold_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

CREATE VIEW public.sales_cube AS
SELECT region, product, sum(amount) AS total, count(*) FILTER (WHERE amount > 100) AS big, grouping(region, product) AS g
    FROM sales GROUP BY GROUPING SETS ((region, product), (region), ());

-- monolayer:down
DROP VIEW public.sales_cube;

DROP VIEW public.running_totals;

DROP VIEW public.regions;

DROP VIEW public.region_names;

DROP VIEW public.recent_pairs;

DROP VIEW public.ranked_regions;

DROP VIEW public.latest_sale_per_region;
