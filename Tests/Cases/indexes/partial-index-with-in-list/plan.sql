-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS jobs_pending_idx ON public.jobs USING btree (id) WHERE state IN ('queued', 'running');

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.jobs_pending_idx;
