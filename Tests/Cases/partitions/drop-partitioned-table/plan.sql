-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'tickets_closed' schema: 'public')
--   D002 destructive: Dropped table (table: 'tickets_open' schema: 'public')
--   D002 destructive: Dropped table (table: 'tickets' schema: 'public')

-- monolayer:up
DROP TABLE public.tickets_closed;

DROP TABLE public.tickets_open;

DROP TABLE public.tickets;

-- monolayer:down
CREATE TABLE public.tickets (
  id bigint NOT NULL,
  status text NOT NULL,
  note text
) PARTITION BY LIST (status);

CREATE TABLE public.tickets_open PARTITION OF public.tickets FOR VALUES IN ('open');

CREATE TABLE public.tickets_closed PARTITION OF public.tickets FOR VALUES IN ('closed');
