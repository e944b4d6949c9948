CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, total numeric NOT NULL, status text);
CREATE VIEW active_orders AS
  SELECT o.id, o.total, c.name AS customer FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'active';
