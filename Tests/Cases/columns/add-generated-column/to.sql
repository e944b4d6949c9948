CREATE TABLE lines (id bigint PRIMARY KEY, price numeric NOT NULL, quantity integer NOT NULL, total numeric GENERATED ALWAYS AS (price * quantity) STORED);
