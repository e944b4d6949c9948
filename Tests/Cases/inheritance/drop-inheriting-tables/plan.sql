-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'capitals' schema: 'public')
--   D002 destructive: Dropped table (table: 'cities' schema: 'public')
--   D002 destructive: Dropped table (table: 'tagged' schema: 'public')

-- monolayer:up
DROP TABLE public.capitals;

DROP TABLE public.cities;

DROP TABLE public.tagged;

-- monolayer:down
CREATE TABLE public.tagged (
  tags text[] DEFAULT '{}' NOT NULL
);

CREATE TABLE public.cities (
  name text NOT NULL,
  population integer DEFAULT 0,
  CONSTRAINT cities_population_check CHECK (population >= 0)
);

CREATE TABLE public.capitals (
  state character(2) NOT NULL
) INHERITS (public.cities, public.tagged);
ALTER TABLE ONLY public.capitals ALTER COLUMN population SET DEFAULT 1;
