CREATE TABLE products (id bigint PRIMARY KEY, price numeric CHECK (price >= 0));
