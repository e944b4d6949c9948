-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D013 destructive: Detached (table: 'tickets_open' schema: 'public') from (table: 'tickets' schema: 'public')

-- monolayer:up
ALTER TABLE public.tickets DETACH PARTITION public.tickets_open;

ALTER TABLE public.tickets ATTACH PARTITION public.tickets_open FOR VALUES IN ('open', 'reopened');

-- monolayer:down
ALTER TABLE public.tickets DETACH PARTITION public.tickets_open;

ALTER TABLE public.tickets ATTACH PARTITION public.tickets_open FOR VALUES IN ('open');
