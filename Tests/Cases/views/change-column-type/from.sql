CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text);
CREATE VIEW order_list AS SELECT id, total FROM orders;
