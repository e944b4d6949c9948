-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.films (
  id integer NOT NULL,
  CONSTRAINT films_pkey PRIMARY KEY (id)
);

GRANT CREATE ON SCHEMA public TO PUBLIC;

GRANT SELECT ON TABLE public.films TO monolayer_reader;

-- monolayer:down
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

DROP TABLE public.films;
