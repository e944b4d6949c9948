CREATE TABLE sales (id bigint PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW sales_total AS SELECT sum(amount) AS total FROM sales;
CREATE INDEX sales_total_idx ON sales_total (total);
