-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS memberships_tenant_id_id_key ON public.memberships USING btree (tenant_id, id);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.memberships_tenant_id_id_key;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF001 might-fail: Changed column to non-nullable (column: 'tenant_id' table: 'memberships' schema: 'public')

-- monolayer:up
ALTER TABLE public.memberships ADD CONSTRAINT memberships_tenant_id_not_null_ml CHECK (tenant_id IS NOT NULL) NOT VALID;

-- monolayer:down
ALTER TABLE public.memberships DROP CONSTRAINT IF EXISTS memberships_tenant_id_not_null_ml;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_tenant_id_not_null_ml;

ALTER TABLE public.memberships ALTER COLUMN tenant_id SET NOT NULL;

ALTER TABLE public.memberships REPLICA IDENTITY USING INDEX memberships_tenant_id_id_key;

ALTER TABLE public.memberships DROP CONSTRAINT IF EXISTS memberships_tenant_id_not_null_ml;

-- monolayer:down
ALTER TABLE public.memberships REPLICA IDENTITY DEFAULT;

ALTER TABLE public.memberships ALTER COLUMN tenant_id DROP NOT NULL;
