CREATE TABLE products (id bigint PRIMARY KEY, price numeric, CONSTRAINT price_check CHECK (price > 0));
