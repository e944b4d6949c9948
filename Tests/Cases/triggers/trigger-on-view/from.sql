CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text NOT NULL
);

CREATE VIEW open_orders AS SELECT orders.id, orders.status FROM orders WHERE orders.status = 'open';
