-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.events (
  id bigint NOT NULL,
  body text
);

CREATE TABLE public.teams (
  id bigint NOT NULL,
  slug text NOT NULL
);

CREATE TABLE public.users (
  id bigint NOT NULL,
  email text NOT NULL,
  CONSTRAINT users_email_key UNIQUE (email)
);

CREATE UNIQUE INDEX teams_slug_idx ON public.teams USING btree (slug);

ALTER TABLE public.events REPLICA IDENTITY FULL;

ALTER TABLE public.teams REPLICA IDENTITY USING INDEX teams_slug_idx;

ALTER TABLE public.users REPLICA IDENTITY USING INDEX users_email_key;

-- monolayer:down
DROP INDEX IF EXISTS public.teams_slug_idx;

DROP TABLE public.users;

DROP TABLE public.teams;

DROP TABLE public.events;
