-- VALUES, LATERAL subqueries, DISTINCT ON, grouping sets, window clauses, FILTER and row comparisons,
-- each compared after the one normalizer.
CREATE TABLE sales (id bigint PRIMARY KEY, region text NOT NULL, product text NOT NULL, amount numeric NOT NULL, sold_at date NOT NULL);

CREATE VIEW regions AS VALUES ('north', 1), ('south', 2);

CREATE VIEW region_names (code, rank) AS VALUES ('north', 1), ('south', 2);

CREATE VIEW ranked_regions AS
    SELECT r.name, r.rank, s.total
    FROM (VALUES ('north', 1), ('south', 2)) AS r(name, rank)
    LEFT JOIN LATERAL (SELECT sum(amount) AS total FROM sales WHERE sales.region = r.name) AS s ON true;

CREATE VIEW latest_sale_per_region AS
    SELECT DISTINCT ON (region) region, product, amount FROM sales ORDER BY region, sold_at DESC;

CREATE VIEW sales_cube AS
    SELECT region, product, sum(amount) AS total, count(*) FILTER (WHERE amount > 100) AS big, grouping(region, product) AS g
    FROM sales GROUP BY GROUPING SETS ((region, product), (region), ());

CREATE VIEW running_totals AS
    SELECT id, region, sum(amount) OVER w AS running, rank() OVER (PARTITION BY region ORDER BY amount DESC) AS place
    FROM sales WINDOW w AS (PARTITION BY region ORDER BY sold_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

CREATE VIEW recent_pairs AS
    SELECT id FROM sales WHERE (region, product) = ('north', 'widget') OR (sold_at, id) > ('2026-01-01', 10);
