-- A view calls a function whose result type changes: PostgreSQL cannot drop the function while the view
-- uses it, so the view is dropped before and created after.
CREATE TABLE orders (id bigint PRIMARY KEY, cents integer NOT NULL);
CREATE FUNCTION euros(cents integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN cents / 100;
CREATE VIEW order_euros AS SELECT id, euros(cents) AS euros FROM orders;
