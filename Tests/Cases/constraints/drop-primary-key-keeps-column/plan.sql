-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D006 destructive: Dropped constraint (constraint: 'events_pkey' table: 'events' schema: 'public')

-- monolayer:up
ALTER TABLE public.events DROP CONSTRAINT events_pkey;

ALTER TABLE public.events ALTER COLUMN id DROP NOT NULL;

-- monolayer:down
ALTER TABLE public.events ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
