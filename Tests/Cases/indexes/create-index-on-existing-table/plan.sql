-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_created_at_idx ON public.events USING btree (created_at DESC);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.events_created_at_idx;
