CREATE TABLE customers (customer_id bigint PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
CREATE VIEW customer_orders AS
    SELECT customers.customer_id, customers.name, customers.region, orders.id, orders.total
    FROM customers JOIN orders USING (customer_id);
CREATE VIEW open_orders AS SELECT orders.id, orders.customer_id, orders.total FROM orders WHERE total > 0;
