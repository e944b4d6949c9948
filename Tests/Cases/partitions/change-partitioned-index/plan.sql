-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE INDEX tickets_status_idx_ml_new ON public.tickets USING btree (status, id);

-- monolayer:down
DROP INDEX IF EXISTS public.tickets_status_idx_ml_new;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D005 destructive: Dropped index (index: 'tickets_id_idx' table: 'tickets' schema: 'public')

-- monolayer:up
DROP INDEX IF EXISTS public.tickets_id_idx;

DROP INDEX IF EXISTS public.tickets_status_idx;

ALTER INDEX public.tickets_status_idx_ml_new RENAME TO tickets_status_idx;

-- monolayer:down
ALTER INDEX public.tickets_status_idx RENAME TO tickets_status_idx_ml_new;

CREATE INDEX tickets_status_idx ON public.tickets USING btree (status);

CREATE INDEX tickets_id_idx ON public.tickets USING btree (id);
