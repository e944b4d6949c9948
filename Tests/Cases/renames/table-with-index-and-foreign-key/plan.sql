-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI003 backwards-incompatible: Renamed table (table: 'accounts' schema: 'public') to 'customers'

-- monolayer:up
ALTER TABLE public.accounts RENAME TO customers;

COMMENT ON TABLE public.customers IS 'people who pay us';

-- monolayer:down
COMMENT ON TABLE public.customers IS 'people who pay';

ALTER TABLE public.customers RENAME TO accounts;
