-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings:
--   B002 blocking: Added column with a volatile default or identity (column: 'doubled' table: 'order_lines' schema: 'public')

-- monolayer:up
ALTER TABLE public.order_lines ADD COLUMN total numeric GENERATED ALWAYS AS (quantity * unit_price) VIRTUAL;

ALTER TABLE public.order_lines ADD COLUMN doubled integer GENERATED ALWAYS AS (quantity * 2) STORED;

-- monolayer:down
ALTER TABLE public.order_lines DROP COLUMN doubled;

ALTER TABLE public.order_lines DROP COLUMN total;
