-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B001 blocking: Changed column type from integer to bigint (column: 'value' table: 'counters' schema: 'public')

-- monolayer:up
ALTER TABLE public.counters ALTER COLUMN value DROP DEFAULT;

ALTER TABLE public.counters ALTER COLUMN value TYPE bigint USING value::bigint;

ALTER TABLE public.counters ALTER COLUMN value SET DEFAULT 1;

-- monolayer:down
ALTER TABLE public.counters ALTER COLUMN value DROP DEFAULT;

ALTER TABLE public.counters ALTER COLUMN value TYPE integer USING value::integer;

ALTER TABLE public.counters ALTER COLUMN value SET DEFAULT 0;
