-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_lookup_idx_ml_new ON public.events USING btree (kind, at);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.events_lookup_idx_ml_new;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
DROP INDEX CONCURRENTLY IF EXISTS public.events_lookup_idx;

ALTER INDEX public.events_lookup_idx_ml_new RENAME TO events_lookup_idx;

-- monolayer:down
ALTER INDEX public.events_lookup_idx RENAME TO events_lookup_idx_ml_new;

CREATE INDEX CONCURRENTLY IF NOT EXISTS events_lookup_idx ON public.events USING btree (kind);
