-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.accounts DISABLE TRIGGER accounts_audit;

ALTER TABLE public.accounts ENABLE TRIGGER accounts_check;

ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER accounts_replicated;

-- monolayer:down
ALTER TABLE public.accounts ENABLE TRIGGER accounts_replicated;

ALTER TABLE public.accounts DISABLE TRIGGER accounts_check;

ALTER TABLE public.accounts ENABLE TRIGGER accounts_audit;
