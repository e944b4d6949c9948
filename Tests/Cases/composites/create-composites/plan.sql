-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TYPE public.mood AS ENUM ('happy', 'sad');

CREATE TYPE public.empty_type AS ();

CREATE TYPE public.location AS (street text COLLATE pg_catalog."C", city character varying(80), zip character(5));

CREATE TYPE public.entry AS (at timestamp with time zone, amount numeric(12,2), place public.location, tags text[], feeling public.mood);

CREATE TABLE public.ledger (
  id bigint NOT NULL,
  first_entry public.entry,
  entries public.entry[],
  CONSTRAINT ledger_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.ledger;

DROP TYPE public.entry;

DROP TYPE public.location;

DROP TYPE public.empty_type;

DROP TYPE public.mood;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON COLUMN public.location.zip IS 'postal code';

COMMENT ON TYPE public.entry IS 'one ledger line';

-- monolayer:down

