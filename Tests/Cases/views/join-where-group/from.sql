CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, region text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, total numeric NOT NULL, status text, placed_at date);
