-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped and recreated view (view: 'order_list' schema: 'public')

-- monolayer:up
DROP VIEW public.order_list;

CREATE VIEW public.order_list AS
SELECT id, total::integer AS total FROM orders;

-- monolayer:down
DROP VIEW public.order_list;

CREATE VIEW public.order_list AS
SELECT id, total FROM orders;
