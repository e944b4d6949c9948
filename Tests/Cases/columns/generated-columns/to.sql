CREATE TABLE order_lines (
    id bigint PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    email text,
    total numeric GENERATED ALWAYS AS (price * quantity) STORED,
    email_key text GENERATED ALWAYS AS (lower(email)) STORED NOT NULL
);
