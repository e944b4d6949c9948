-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.kept (
  id bigint NOT NULL,
  CONSTRAINT kept_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.kept;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'notes' schema: 'public')
--   D008 destructive: Dropped function (function: 'touch()' schema: 'public')
--   MF009 might-fail: Dropped function with a body monolayer cannot follow (function: 'touch()' schema: 'public')

-- monolayer:up
DROP TABLE public.notes;

DROP FUNCTION public.touch();

-- monolayer:down
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $$;

CREATE TABLE public.notes (
  id bigint NOT NULL,
  text text,
  updated_at timestamp with time zone,
  CONSTRAINT notes_pkey PRIMARY KEY (id)
);
CREATE TRIGGER notes_touch BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.touch();
