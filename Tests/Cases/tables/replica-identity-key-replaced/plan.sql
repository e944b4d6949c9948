-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS devices_serial_key_ml_new ON public.devices USING btree (vendor, serial);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.devices_serial_key_ml_new;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF002 might-fail: Added unique constraint on existing columns (constraint: 'devices_serial_key' table: 'devices' schema: 'public')

-- monolayer:up
ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_serial_key;

ALTER TABLE public.devices DROP CONSTRAINT devices_serial_key;

ALTER TABLE public.devices ADD CONSTRAINT devices_serial_key UNIQUE USING INDEX devices_serial_key_ml_new;

ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_serial_key;

-- monolayer:down
ALTER TABLE public.devices DROP CONSTRAINT devices_serial_key;

ALTER TABLE public.devices ADD CONSTRAINT devices_serial_key UNIQUE (serial);

ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_serial_key;
