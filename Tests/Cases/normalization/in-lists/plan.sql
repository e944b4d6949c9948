-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.orders (
  id bigint NOT NULL,
  status text,
  kind text,
  lo integer,
  hi integer,
  CONSTRAINT hi_pick CHECK (hi NOT IN (lo, 7)),
  CONSTRAINT lo_pick CHECK (lo IN (1, 2, hi)),
  CONSTRAINT orders_kind_check CHECK (kind NOT IN ('void')),
  CONSTRAINT orders_pkey PRIMARY KEY (id),
  CONSTRAINT orders_status_check CHECK (status IN ('pending'))
);

CREATE INDEX orders_not_void ON public.orders USING btree (id) WHERE kind NOT IN ('void');

CREATE INDEX orders_pending ON public.orders USING btree (id) WHERE status IN ('pending');

-- monolayer:down
DROP INDEX IF EXISTS public.orders_pending;

DROP INDEX IF EXISTS public.orders_not_void;

DROP TABLE public.orders;
