-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.audit_events REPLICA IDENTITY NOTHING;

ALTER TABLE public.sessions REPLICA IDENTITY FULL;

-- monolayer:down
ALTER TABLE public.sessions REPLICA IDENTITY DEFAULT;

ALTER TABLE public.audit_events REPLICA IDENTITY DEFAULT;
