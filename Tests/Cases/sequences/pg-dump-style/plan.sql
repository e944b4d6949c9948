-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SEQUENCE public.actor_actor_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE public.actor (
  actor_id integer DEFAULT nextval('public.actor_actor_id_seq'::regclass) NOT NULL,
  name text NOT NULL,
  CONSTRAINT actor_pkey PRIMARY KEY (actor_id)
);

ALTER SEQUENCE public.actor_actor_id_seq OWNED BY public.actor.actor_id;

-- monolayer:down
DROP TABLE public.actor;

DROP SEQUENCE IF EXISTS public.actor_actor_id_seq;
