CREATE TABLE products (id bigint PRIMARY KEY, price numeric CONSTRAINT price_positive CHECK (price > 0));
