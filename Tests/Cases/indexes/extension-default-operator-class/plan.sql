-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS documents_attributes_idx ON public.documents USING gist (attributes);

CREATE INDEX CONCURRENTLY IF NOT EXISTS documents_slug_idx ON public.documents USING btree (slug citext_ops);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.documents_slug_idx;

DROP INDEX CONCURRENTLY IF EXISTS public.documents_attributes_idx;
