CREATE TABLE sales (id bigint PRIMARY KEY, region text NOT NULL, product text NOT NULL, amount numeric NOT NULL, sold_at date NOT NULL);
