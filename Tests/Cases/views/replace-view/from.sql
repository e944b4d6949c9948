CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text);
CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE status = 'paid';
