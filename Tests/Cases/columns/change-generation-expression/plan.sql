-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B002 blocking: Added column with a volatile default or identity (column: 'doubled' table: 't' schema: 'public')

-- monolayer:up
ALTER TABLE public.t DROP COLUMN doubled;
ALTER TABLE public.t ADD COLUMN doubled integer GENERATED ALWAYS AS (a * 3) STORED;

-- monolayer:down
ALTER TABLE public.t DROP COLUMN doubled;
ALTER TABLE public.t ADD COLUMN doubled integer GENERATED ALWAYS AS (a * 2) STORED;
