-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.invoices (
  id bigint NOT NULL,
  account_id bigint,
  account_code text
);

-- monolayer:down
DROP TABLE public.invoices;

-- file: expand/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_pkey ON public.accounts USING btree (id);

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_code_key ON public.accounts USING btree (code);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_code_key;

DROP INDEX CONCURRENTLY IF EXISTS public.accounts_pkey;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF002 might-fail: Added primary key on existing columns (constraint: 'accounts_pkey' table: 'accounts' schema: 'public')

-- monolayer:up
ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id);

-- monolayer:down
ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_code_fkey;
