-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE FUNCTION public.open_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orders (id, status) VALUES (NEW.id, 'open');
  RETURN NEW;
END;
$$;

CREATE TRIGGER open_orders_insert INSTEAD OF INSERT ON public.open_orders FOR EACH ROW EXECUTE FUNCTION public.open_order();

-- monolayer:down
DROP TRIGGER open_orders_insert ON public.open_orders;

DROP FUNCTION public.open_order();

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON TRIGGER open_orders_insert ON public.open_orders IS 'inserts go to orders';

-- monolayer:down

