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

ALTER INDEX public.log_at_idx RENAME TO events_at_idx;

-- monolayer:down
ALTER INDEX public.events_at_idx RENAME TO log_at_idx;

ALTER TABLE public.events RENAME TO log;
