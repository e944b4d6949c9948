CREATE TABLE public.documents (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
CREATE POLICY owner_all ON public.documents USING (owner_name = current_user);
CREATE POLICY readers ON public.documents FOR SELECT TO monolayer_reader USING (published);
CREATE POLICY writers ON public.documents FOR INSERT TO monolayer_writer WITH CHECK (true);
COMMENT ON POLICY writers ON public.documents IS 'Writers insert anything';
COMMENT ON POLICY readers ON public.documents IS 'Readers see what is published';
