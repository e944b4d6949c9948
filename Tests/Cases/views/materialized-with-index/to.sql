CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW customer_totals AS
  SELECT customer_id, sum(total) AS total, count(*) AS orders FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_id_idx ON customer_totals (customer_id);
CREATE INDEX ON customer_totals (total DESC);
