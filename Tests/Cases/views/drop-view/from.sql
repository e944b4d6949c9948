CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
CREATE VIEW order_list AS SELECT id, total FROM orders;
CREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total FROM orders;
