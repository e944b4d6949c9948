-- A primary key and a foreign key added to an existing partitioned table: PostgreSQL has no CONCURRENTLY,
-- USING INDEX or (before 18) NOT VALID foreign key there, so each is one locking statement. The
-- partitions get their copies from PostgreSQL; a trigger on the parent is cloned onto them likewise.
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers,
    placed_on date NOT NULL,
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TABLE orders IS 'partitioned by day';
