-- orders leaves its index before the index is dropped (contract), and before number loses NOT NULL
-- (PostgreSQL refuses both while the index is the identity).
CREATE TABLE orders (id bigint NOT NULL, number text);
CREATE TABLE order_lines (order_id bigint NOT NULL, line integer NOT NULL, PRIMARY KEY (order_id, line));
