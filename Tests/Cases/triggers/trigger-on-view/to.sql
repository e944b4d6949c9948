CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text NOT NULL
);

CREATE VIEW open_orders AS SELECT orders.id, orders.status FROM orders WHERE orders.status = 'open';

CREATE FUNCTION open_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orders (id, status) VALUES (NEW.id, 'open');
  RETURN NEW;
END;
$$;

CREATE TRIGGER open_orders_insert INSTEAD OF INSERT ON open_orders
  FOR EACH ROW EXECUTE FUNCTION open_order();

COMMENT ON TRIGGER open_orders_insert ON open_orders IS 'inserts go to orders';
