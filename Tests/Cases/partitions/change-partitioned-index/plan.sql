-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE INDEX tickets_status_idx_ml_new ON ONLY public.tickets USING btree (status, id);

-- monolayer:down
DROP INDEX IF EXISTS public.tickets_status_idx_ml_new;

-- file: expand/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_open_status_id_idx ON public.tickets_open USING btree (status, id);

ALTER INDEX public.tickets_status_idx_ml_new ATTACH PARTITION public.tickets_open_status_id_idx;

-- monolayer:down


-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D005 destructive: Dropped index (index: 'tickets_id_idx' table: 'tickets' schema: 'public')
--   B102 blocking: Dropped index without CONCURRENTLY (index: 'tickets_id_idx' schema: 'public')
--   B102 blocking: Dropped index without CONCURRENTLY (index: 'tickets_status_idx' schema: 'public')

-- monolayer:up
DROP INDEX IF EXISTS public.tickets_id_idx;

DROP INDEX IF EXISTS public.tickets_status_idx;

ALTER INDEX public.tickets_status_idx_ml_new RENAME TO tickets_status_idx;

-- monolayer:down
ALTER INDEX public.tickets_status_idx RENAME TO tickets_status_idx_ml_new;

CREATE INDEX tickets_status_idx ON public.tickets USING btree (status);

CREATE INDEX tickets_id_idx ON public.tickets USING btree (id);
