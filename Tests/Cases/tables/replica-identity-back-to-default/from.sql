CREATE TABLE orders (id bigint NOT NULL, number text NOT NULL);
CREATE UNIQUE INDEX orders_number_key ON orders (number);
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_number_key;
CREATE TABLE order_lines (order_id bigint NOT NULL, line integer NOT NULL, PRIMARY KEY (order_id, line));
ALTER TABLE order_lines REPLICA IDENTITY FULL;
