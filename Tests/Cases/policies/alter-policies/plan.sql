-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI002 backwards-incompatible: Enabled row-level security (table: 'documents' schema: 'public')

-- monolayer:up
ALTER POLICY owner_all ON public.documents TO monolayer_reader, monolayer_writer USING (owner_name = session_user);

DROP POLICY readers ON public.documents;
CREATE POLICY readers ON public.documents AS RESTRICTIVE FOR SELECT TO monolayer_reader USING (published);
COMMENT ON POLICY readers ON public.documents IS 'Readers see only what is published';

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

ALTER POLICY writers ON public.documents WITH CHECK (owner_name = current_user);

COMMENT ON POLICY writers ON public.documents IS 'Writers insert their own';

-- monolayer:down
COMMENT ON POLICY writers ON public.documents IS 'Writers insert anything';

ALTER POLICY writers ON public.documents WITH CHECK (true);

ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY;

DROP POLICY readers ON public.documents;
CREATE POLICY readers ON public.documents AS PERMISSIVE FOR SELECT TO monolayer_reader USING (published);
COMMENT ON POLICY readers ON public.documents IS 'Readers see what is published';

ALTER POLICY owner_all ON public.documents TO PUBLIC USING (owner_name = current_user);
