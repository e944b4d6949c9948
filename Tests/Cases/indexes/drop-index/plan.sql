-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: no (each statement commits on its own)
-- warnings:
--   D005 destructive: Dropped index (index: 'events_kind_idx' table: 'events' schema: 'public')

-- monolayer:up
DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_idx;

-- monolayer:down
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_idx ON public.events USING btree (kind);
