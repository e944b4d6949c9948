-- PostgreSQL 18: a virtual generated column is computed when read, so adding one rewrites nothing.
CREATE TABLE order_lines (
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (quantity * unit_price) VIRTUAL,
    doubled integer GENERATED ALWAYS AS (quantity * 2) STORED
);
