-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_key ON public.accounts USING btree (email);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.accounts_email_key;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email_key;

-- monolayer:down
ALTER TABLE public.accounts REPLICA IDENTITY DEFAULT;
