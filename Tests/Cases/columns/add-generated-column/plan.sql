-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings:
--   B002 blocking: Added column with a volatile default or identity (column: 'total' table: 'lines' schema: 'public')

-- monolayer:up
ALTER TABLE public.lines ADD COLUMN total numeric GENERATED ALWAYS AS (price * quantity) STORED;

-- monolayer:down
ALTER TABLE public.lines DROP COLUMN total;
