CREATE TABLE public.documents (
    id bigint PRIMARY KEY,
    owner_name text NOT NULL,
    published boolean NOT NULL DEFAULT false,
    level integer
);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON public.documents USING (owner_name = current_user);
CREATE POLICY readers_see_published ON public.documents AS PERMISSIVE FOR SELECT TO monolayer_reader, monolayer_auditor
    USING (published);
CREATE POLICY writers_insert ON documents FOR INSERT TO monolayer_writer WITH CHECK (level BETWEEN 1 AND 5 AND owner_name <> '');
CREATE POLICY no_secret_levels ON public.documents AS RESTRICTIVE FOR UPDATE TO PUBLIC
    USING (level IS NULL OR level < 9) WITH CHECK (level < 9);
CREATE POLICY deleters ON public.documents FOR DELETE TO monolayer_writer USING (NOT published);
COMMENT ON POLICY owner_all ON public.documents IS 'Owners see their own documents';
GRANT SELECT, INSERT, UPDATE, DELETE ON public.documents TO monolayer_writer;
