-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE COLLATION public.c_locale (provider = libc, lc_collate = 'C', lc_ctype = 'C');

CREATE TABLE public.names (
  id bigint NOT NULL,
  name text COLLATE public.c_locale NOT NULL,
  code character varying(10) COLLATE pg_catalog."C",
  plain text,
  CONSTRAINT names_pkey PRIMARY KEY (id)
);

CREATE INDEX names_name_idx ON public.names USING btree (name);

-- monolayer:down
DROP INDEX IF EXISTS public.names_name_idx;

DROP TABLE public.names;

DROP COLLATION public.c_locale;
