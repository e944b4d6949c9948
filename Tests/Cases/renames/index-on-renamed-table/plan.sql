-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI003 backwards-incompatible: Renamed table (table: 'log' schema: 'public') to 'events'
--   BI009 backwards-incompatible: Renamed index (index: 'log_at_idx' table: 'events' schema: 'public') to 'events_at_idx'

-- monolayer:up
ALTER TABLE public.log RENAME TO events;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('events' || '_' || a.attname) || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.events'::regclass AND con.contype = 'n'
             AND con.conname = ('log' || '_' || a.attname) || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.events', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER INDEX public.log_at_idx RENAME TO events_at_idx;

-- monolayer:down
ALTER INDEX public.events_at_idx RENAME TO log_at_idx;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('log' || '_' || a.attname) || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.events'::regclass AND con.contype = 'n'
             AND con.conname = ('events' || '_' || a.attname) || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.events', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.events RENAME TO log;
