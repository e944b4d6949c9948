-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_code_pkey ON public.accounts USING btree (code);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_code_pkey;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D006 destructive: Dropped constraint (constraint: 'invoices_account_id_fkey' table: 'invoices' schema: 'public')
--   D006 destructive: Dropped constraint (constraint: 'accounts_pkey' table: 'accounts' schema: 'public')
--   MF002 might-fail: Added primary key on existing columns (constraint: 'accounts_code_pkey' table: 'accounts' schema: 'public')

-- monolayer:up
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_pkey PRIMARY KEY USING INDEX accounts_code_pkey;

-- monolayer:down
ALTER TABLE public.accounts DROP CONSTRAINT accounts_code_pkey;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id);

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D006 destructive: Dropped constraint (constraint: 'accounts_code_key' table: 'accounts' schema: 'public')

-- monolayer:up
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_code_key;

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code) NOT VALID;

-- monolayer:down
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_key UNIQUE (code);

-- cannot be undone: ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey

-- file: contract/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: contract
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_account_code_fkey;

-- monolayer:down

