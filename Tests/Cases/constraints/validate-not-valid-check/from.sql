CREATE TABLE products (id bigint PRIMARY KEY, price numeric);
ALTER TABLE products ADD CONSTRAINT price_check CHECK (price >= 0) NOT VALID;
