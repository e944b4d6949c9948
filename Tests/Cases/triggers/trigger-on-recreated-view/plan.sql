-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped and recreated view (view: 'open_orders' schema: 'public')
--   D009 destructive: Dropped trigger (trigger: 'open_orders_delete' table: 'open_orders' schema: 'public')

-- monolayer:up
DROP VIEW public.open_orders;

CREATE VIEW public.open_orders AS
SELECT orders.id, orders.total, orders.status FROM orders WHERE orders.status = 'open';

CREATE TRIGGER open_orders_insert INSTEAD OF INSERT ON public.open_orders FOR EACH ROW EXECUTE FUNCTION public.open_order();
COMMENT ON TRIGGER open_orders_insert ON public.open_orders IS 'inserts go to orders';

CREATE TRIGGER open_orders_update INSTEAD OF UPDATE ON public.open_orders FOR EACH ROW EXECUTE FUNCTION public.skip();

-- monolayer:down
DROP TRIGGER open_orders_update ON public.open_orders;

DROP TRIGGER open_orders_insert ON public.open_orders;

DROP VIEW public.open_orders;

CREATE VIEW public.open_orders AS
SELECT orders.id, orders.status, orders.total FROM orders WHERE orders.status = 'open';
CREATE TRIGGER open_orders_delete INSTEAD OF DELETE ON public.open_orders FOR EACH ROW EXECUTE FUNCTION public.skip();
CREATE TRIGGER open_orders_insert INSTEAD OF INSERT ON public.open_orders FOR EACH ROW EXECUTE FUNCTION public.open_order();
COMMENT ON TRIGGER open_orders_insert ON public.open_orders IS 'inserts go to orders';
