-- The same views written with `*`: what PostgreSQL stores is the expanded list, so nothing changes.
CREATE TABLE customers (customer_id bigint PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
CREATE VIEW customer_orders AS SELECT * FROM customers JOIN orders USING (customer_id);
CREATE VIEW open_orders AS SELECT * FROM orders WHERE total > 0;
