-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI005 backwards-incompatible: Renamed materialized view (materialized view: 'sales_total' schema: 'public') to 'revenue'
--   BI009 backwards-incompatible: Renamed index (index: 'sales_total_idx' table: 'revenue' schema: 'public') to 'revenue_total_idx'

-- monolayer:up
ALTER MATERIALIZED VIEW public.sales_total RENAME TO revenue;

ALTER INDEX public.sales_total_idx RENAME TO revenue_total_idx;

-- monolayer:down
ALTER INDEX public.revenue_total_idx RENAME TO sales_total_idx;

ALTER MATERIALIZED VIEW public.revenue RENAME TO sales_total;
