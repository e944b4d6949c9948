-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA extensions;

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA extensions;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;

CREATE TABLE public.products (
  id bigint NOT NULL,
  name text,
  attributes extensions.hstore DEFAULT ''::extensions.hstore,
  CONSTRAINT products_pkey PRIMARY KEY (id)
);

CREATE INDEX products_name_trgm_idx ON public.products USING gin (name extensions.gin_trgm_ops);

-- monolayer:down
DROP INDEX IF EXISTS public.products_name_trgm_idx;

DROP TABLE public.products;

DROP EXTENSION IF EXISTS pg_trgm;

DROP EXTENSION IF EXISTS hstore;

DROP SCHEMA extensions;
