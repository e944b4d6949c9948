-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE OR REPLACE VIEW public.paid_orders AS
SELECT id, total FROM orders WHERE status IN ('paid', 'shipped');

-- monolayer:down
CREATE OR REPLACE VIEW public.paid_orders AS
SELECT id, total FROM orders WHERE status = 'paid';
