-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_code_key_ml_new ON public.accounts USING btree (code) NULLS NOT DISTINCT;

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_code_key_ml_new;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF002 might-fail: Added unique constraint on existing columns (constraint: 'accounts_code_key' table: 'accounts' schema: 'public')

-- monolayer:up
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_code_key;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_key UNIQUE USING INDEX accounts_code_key_ml_new;

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code) NOT VALID;

-- monolayer:down
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_code_key;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_key UNIQUE (code);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code);

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_account_code_fkey;

-- monolayer:down

