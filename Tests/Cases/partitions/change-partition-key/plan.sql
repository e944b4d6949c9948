-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D012 destructive: Rebuilt partitioned table with a new partition key (table: 'tickets' schema: 'public')

-- monolayer:up
DROP TABLE public.tickets;

CREATE TABLE public.tickets (
  id bigint NOT NULL,
  status text NOT NULL
) PARTITION BY HASH (id);
CREATE TABLE public.tickets_0 PARTITION OF public.tickets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.tickets_1 PARTITION OF public.tickets FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX tickets_status_idx ON public.tickets USING btree (status);

-- monolayer:down
DROP TABLE public.tickets;

CREATE TABLE public.tickets (
  id bigint NOT NULL,
  status text NOT NULL
) PARTITION BY LIST (status);
CREATE TABLE public.tickets_open PARTITION OF public.tickets FOR VALUES IN ('open');
CREATE TABLE public.tickets_other PARTITION OF public.tickets DEFAULT;
