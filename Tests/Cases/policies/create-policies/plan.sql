-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.documents (
  id bigint NOT NULL,
  owner_name text NOT NULL,
  published boolean DEFAULT false NOT NULL,
  level integer,
  CONSTRAINT documents_pkey PRIMARY KEY (id)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.documents TO monolayer_writer;

-- monolayer:down
DROP TABLE public.documents;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE POLICY deleters ON public.documents AS PERMISSIVE FOR DELETE TO monolayer_writer USING (NOT published);

CREATE POLICY no_secret_levels ON public.documents AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (level IS NULL OR level < 9) WITH CHECK (level < 9);

CREATE POLICY owner_all ON public.documents AS PERMISSIVE FOR ALL TO PUBLIC USING (owner_name = current_user);

CREATE POLICY readers_see_published ON public.documents AS PERMISSIVE FOR SELECT TO monolayer_auditor, monolayer_reader USING (published);

CREATE POLICY writers_insert ON public.documents AS PERMISSIVE FOR INSERT TO monolayer_writer WITH CHECK (level BETWEEN 1 AND 5 AND owner_name <> '');

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

COMMENT ON POLICY owner_all ON public.documents IS 'Owners see their own documents';

-- monolayer:down
ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;

DROP POLICY writers_insert ON public.documents;

DROP POLICY readers_see_published ON public.documents;

DROP POLICY owner_all ON public.documents;

DROP POLICY no_secret_levels ON public.documents;

DROP POLICY deleters ON public.documents;
