CREATE TABLE public.documents (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
-- new expression and roles: ALTER POLICY
CREATE POLICY owner_all ON public.documents TO monolayer_writer, monolayer_reader USING (owner_name = session_user);
-- restrictive now: dropped and created
CREATE POLICY readers ON public.documents AS RESTRICTIVE FOR SELECT TO monolayer_reader USING (published);
CREATE POLICY writers ON public.documents FOR INSERT TO monolayer_writer WITH CHECK (owner_name = current_user);
COMMENT ON POLICY writers ON public.documents IS 'Writers insert their own';
COMMENT ON POLICY readers ON public.documents IS 'Readers see only what is published';
