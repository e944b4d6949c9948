-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE OR REPLACE VIEW public.order_list AS
SELECT id, total, status FROM orders;

-- monolayer:down
DROP VIEW public.order_list;
CREATE VIEW public.order_list AS
SELECT id, total FROM orders;
