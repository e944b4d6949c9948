CREATE TABLE public.documents (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON public.documents USING (owner_name = current_user);
COMMENT ON POLICY owner_all ON public.documents IS 'Owners only';
