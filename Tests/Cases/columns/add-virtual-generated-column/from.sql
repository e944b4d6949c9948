CREATE TABLE order_lines (
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL
);
