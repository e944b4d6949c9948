-- `*` and `t.*` are expanded when PostgreSQL creates a view: the columns of the moment are stored and
-- pg_get_viewdef prints them; a JOIN ... USING column comes first, once.
CREATE TABLE customers (customer_id bigint PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);

CREATE VIEW all_customers AS SELECT * FROM customers;

CREATE VIEW customer_orders AS
    SELECT * FROM customers JOIN orders USING (customer_id);

CREATE VIEW big_orders AS
    SELECT o.*, c.name
    FROM orders o JOIN customers c ON c.customer_id = o.customer_id
    WHERE o.total > 100;

CREATE MATERIALIZED VIEW region_totals AS
    WITH per_region AS (
        SELECT c.region, sum(o.total) AS total FROM customers c NATURAL JOIN orders o GROUP BY c.region
    )
    SELECT * FROM per_region;
