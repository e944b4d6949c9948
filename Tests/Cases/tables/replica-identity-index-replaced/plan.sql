-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS shipments_tracking_key_ml_new ON public.shipments USING btree (carrier, tracking);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.shipments_tracking_key_ml_new;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.shipments REPLICA IDENTITY USING INDEX shipments_tracking_key_ml_new;

-- monolayer:down
ALTER TABLE public.shipments REPLICA IDENTITY USING INDEX shipments_tracking_key;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
DROP INDEX CONCURRENTLY IF EXISTS public.shipments_tracking_key;

ALTER INDEX public.shipments_tracking_key_ml_new RENAME TO shipments_tracking_key;

-- monolayer:down
ALTER INDEX public.shipments_tracking_key RENAME TO shipments_tracking_key_ml_new;

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS shipments_tracking_key ON public.shipments USING btree (tracking);
