-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SEQUENCE public.users_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE public.users (
  id bigint DEFAULT nextval('public.users_id_seq'::regclass) NOT NULL,
  email character varying NOT NULL,
  CONSTRAINT users_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

-- monolayer:down
DROP TABLE public.users;

DROP SEQUENCE IF EXISTS public.users_id_seq;
