-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.cities (
  name text NOT NULL,
  population integer DEFAULT 0,
  CONSTRAINT cities_population_check CHECK ((population >= 0))
);

CREATE TABLE public.capitals (
  state character(2) NOT NULL
) INHERITS (public.cities);

ALTER TABLE ONLY public.capitals ALTER COLUMN population SET DEFAULT 1;

-- monolayer:down
DROP TABLE public.capitals;

DROP TABLE public.cities;
