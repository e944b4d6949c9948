-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D009 destructive: Dropped trigger (trigger: 'items_no_truncate' table: 'items' schema: 'public')

-- monolayer:up
DROP TRIGGER items_no_truncate ON public.items;

-- monolayer:down
CREATE TRIGGER items_no_truncate BEFORE TRUNCATE ON public.items FOR EACH STATEMENT EXECUTE FUNCTION public.forbid_truncate();
