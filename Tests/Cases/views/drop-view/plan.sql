-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped materialized view (materialized view: 'order_totals' schema: 'public')
--   D011 destructive: Dropped view (view: 'order_list' schema: 'public')

-- monolayer:up
DROP MATERIALIZED VIEW public.order_totals;

DROP VIEW public.order_list;

-- monolayer:down
CREATE VIEW public.order_list AS
SELECT id, total FROM orders;

CREATE MATERIALIZED VIEW public.order_totals AS
SELECT sum(total) AS total FROM orders;
