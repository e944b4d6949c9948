-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI009 backwards-incompatible: Renamed index (index: 'events_at' table: 'events' schema: 'public') to 'events_at_idx'

-- monolayer:up
ALTER INDEX public.events_at RENAME TO events_at_idx;

-- monolayer:down
ALTER INDEX public.events_at_idx RENAME TO events_at;
