-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS members_key_ml_new ON public.members USING btree (org_id, user_id);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.members_key_ml_new;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF002 might-fail: Added unique constraint on existing columns (constraint: 'members_key' table: 'members' schema: 'public')

-- monolayer:up
ALTER TABLE public.members DROP CONSTRAINT members_key;

ALTER TABLE public.members ADD CONSTRAINT members_key UNIQUE USING INDEX members_key_ml_new;

-- monolayer:down
ALTER TABLE public.members DROP CONSTRAINT members_key;

ALTER TABLE public.members ADD CONSTRAINT members_key UNIQUE (org_id);
