-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;

-- monolayer:down
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D018 destructive: Dropped policy (policy: 'owner_all' table: 'documents' schema: 'public')

-- monolayer:up
DROP POLICY owner_all ON public.documents;

-- monolayer:down
CREATE POLICY owner_all ON public.documents AS PERMISSIVE FOR ALL TO PUBLIC USING (owner_name = current_user);
COMMENT ON POLICY owner_all ON public.documents IS 'Owners only';
