-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE CONSTRAINT TRIGGER shipments_weight AFTER INSERT OR UPDATE ON public.shipments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_weight();

-- monolayer:down
DROP TRIGGER shipments_weight ON public.shipments;
