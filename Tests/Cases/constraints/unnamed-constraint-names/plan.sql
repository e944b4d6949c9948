-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.measurements (
  id bigint NOT NULL,
  low integer,
  high integer,
  unit text,
  CONSTRAINT measurements_check CHECK (high > low),
  CONSTRAINT measurements_low_check CHECK (low > 0),
  CONSTRAINT measurements_low_high_key UNIQUE (low, high),
  CONSTRAINT measurements_pkey PRIMARY KEY (id),
  CONSTRAINT measurements_unit_key UNIQUE (unit)
);

-- monolayer:down
DROP TABLE public.measurements;
