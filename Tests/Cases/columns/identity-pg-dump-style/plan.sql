-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.actor (
  actor_id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
  first_name text NOT NULL,
  CONSTRAINT actor_pkey PRIMARY KEY (actor_id)
);

-- monolayer:down
DROP TABLE public.actor;
