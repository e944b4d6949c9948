CREATE TABLE public.notes (id bigint PRIMARY KEY, author text NOT NULL, body text);
CREATE TABLE public.kept (id bigint PRIMARY KEY);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY authors ON public.notes FOR ALL TO monolayer_writer USING (author = current_user) WITH CHECK (author = current_user);
COMMENT ON POLICY authors ON public.notes IS 'Authors edit their notes';
COMMENT ON TABLE public.notes IS 'Notes';
COMMENT ON COLUMN public.notes.body IS 'Text';
GRANT SELECT, INSERT ON public.notes TO monolayer_writer;
GRANT SELECT (id) ON public.notes TO monolayer_reader;
