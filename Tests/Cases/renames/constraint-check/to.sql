CREATE TABLE products (
    id bigint PRIMARY KEY,
    price numeric,
    -- monolayer: renamed from price_check
    CONSTRAINT products_price_positive CHECK (price > 0)
);
