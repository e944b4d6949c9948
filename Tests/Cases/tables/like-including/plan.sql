-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.order_drafts (
  id bigint,
  code text DEFAULT 'new',
  quantity integer DEFAULT 1,
  doubled integer,
  note text,
  parent_id bigint
);

CREATE TABLE public.orders_archive (
  id bigint,
  code text DEFAULT 'new',
  quantity integer DEFAULT 1,
  doubled integer GENERATED ALWAYS AS (quantity * 2) STORED,
  note text,
  parent_id bigint,
  archived_at timestamp with time zone DEFAULT now(),
  CONSTRAINT orders_archive_code_quantity_excl EXCLUDE USING btree (code WITH =, quantity WITH =),
  CONSTRAINT orders_archive_id_key UNIQUE (id),
  CONSTRAINT orders_code_check CHECK (code <> ''),
  CONSTRAINT quantity_positive CHECK (quantity > 0)
);

ALTER TABLE ONLY public.orders_archive ALTER COLUMN note SET STORAGE EXTERNAL;

CREATE INDEX orders_archive_lower_idx ON public.orders_archive USING btree (lower(code));

CREATE INDEX orders_archive_quantity_idx ON public.orders_archive USING btree (quantity) WHERE quantity > 100;

-- monolayer:down
DROP INDEX IF EXISTS public.orders_archive_quantity_idx;

DROP INDEX IF EXISTS public.orders_archive_lower_idx;

DROP TABLE public.orders_archive;

DROP TABLE public.order_drafts;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON COLUMN public.orders_archive.code IS 'the order code';

COMMENT ON CONSTRAINT quantity_positive ON public.orders_archive IS 'no empty orders';

COMMENT ON INDEX public.orders_archive_quantity_idx IS 'for the bulk report';

-- monolayer:down

