CREATE TABLE orders (id bigint PRIMARY KEY, cents integer NOT NULL);
CREATE FUNCTION euros(cents integer) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN cents::numeric / 100;
CREATE VIEW order_euros AS SELECT id, euros(cents) AS euros FROM orders;
