-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.parents (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT parents_pkey PRIMARY KEY (a, b)
);

CREATE TABLE public.children (
  id bigint NOT NULL,
  a integer,
  b integer,
  CONSTRAINT children_a_b_fkey FOREIGN KEY (a, b) REFERENCES public.parents (a, b) MATCH FULL ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT children_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.children;

DROP TABLE public.parents;
