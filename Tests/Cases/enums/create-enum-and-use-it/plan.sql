-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TYPE public.ticket_state AS ENUM ('open', 'closed');

CREATE TABLE public.tickets (
  id bigint NOT NULL,
  state public.ticket_state DEFAULT 'open' NOT NULL,
  CONSTRAINT tickets_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.tickets;

DROP TYPE public.ticket_state;
