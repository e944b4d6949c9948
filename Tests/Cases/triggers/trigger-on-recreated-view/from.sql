CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text NOT NULL,
  total numeric NOT NULL
);

CREATE VIEW open_orders AS SELECT orders.id, orders.status, orders.total FROM orders WHERE orders.status = 'open';

CREATE FUNCTION open_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orders (id, status, total) VALUES (NEW.id, 'open', 0);
  RETURN NEW;
END;
$$;

CREATE TRIGGER open_orders_insert INSTEAD OF INSERT ON open_orders
  FOR EACH ROW EXECUTE FUNCTION open_order();

COMMENT ON TRIGGER open_orders_insert ON open_orders IS 'inserts go to orders';

CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$;

CREATE TRIGGER open_orders_delete INSTEAD OF DELETE ON open_orders
  FOR EACH ROW EXECUTE FUNCTION skip();
