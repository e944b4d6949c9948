-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE INDEX tickets_id_idx ON public.tickets USING btree (id);

CREATE INDEX tickets_lower_status_idx ON public.tickets USING btree (id, lower(status));

ALTER INDEX public.tickets_lower_status_idx ALTER COLUMN 2 SET STATISTICS 500;

-- monolayer:down
DROP INDEX IF EXISTS public.tickets_lower_status_idx;

DROP INDEX IF EXISTS public.tickets_id_idx;
