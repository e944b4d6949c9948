-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'notes' schema: 'public')

-- monolayer:up
DROP TABLE public.notes;

-- monolayer:down
CREATE TABLE public.notes (
  id bigint NOT NULL,
  author text NOT NULL,
  body text,
  CONSTRAINT notes_pkey PRIMARY KEY (id)
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY authors ON public.notes AS PERMISSIVE FOR ALL TO monolayer_writer USING (author = current_user) WITH CHECK (author = current_user);
COMMENT ON COLUMN public.notes.body IS 'Text';
COMMENT ON POLICY authors ON public.notes IS 'Authors edit their notes';
COMMENT ON TABLE public.notes IS 'Notes';
GRANT SELECT, INSERT ON TABLE public.notes TO monolayer_writer;
GRANT SELECT (id) ON TABLE public.notes TO monolayer_reader;
