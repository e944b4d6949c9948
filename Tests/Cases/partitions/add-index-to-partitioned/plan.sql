-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE INDEX tickets_id_idx ON ONLY public.tickets USING btree (id);

CREATE INDEX tickets_lower_status_idx ON ONLY public.tickets USING btree (id, lower(status));

-- monolayer:down
DROP INDEX IF EXISTS public.tickets_lower_status_idx;

DROP INDEX IF EXISTS public.tickets_id_idx;

-- file: expand/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_open_id_idx ON public.tickets_open USING btree (id);

ALTER INDEX public.tickets_id_idx ATTACH PARTITION public.tickets_open_id_idx;

CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_other_id_idx ON public.tickets_other USING btree (id);

ALTER INDEX public.tickets_id_idx ATTACH PARTITION public.tickets_other_id_idx;

CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_open_id_lower_idx ON public.tickets_open USING btree (id, lower(status));

ALTER INDEX public.tickets_lower_status_idx ATTACH PARTITION public.tickets_open_id_lower_idx;

CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_other_id_lower_idx ON public.tickets_other USING btree (id, lower(status));

ALTER INDEX public.tickets_lower_status_idx ATTACH PARTITION public.tickets_other_id_lower_idx;

ALTER INDEX public.tickets_lower_status_idx ALTER COLUMN 2 SET STATISTICS 500;

-- monolayer:down

