-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS codes_id_text_idx_ml_new ON public.codes USING btree (id);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.codes_id_text_idx_ml_new;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF004 might-fail: Added check constraint on an existing table (constraint: 'codes_id_text' table: 'codes' schema: 'public')

-- monolayer:up
ALTER TABLE public.codes DROP CONSTRAINT codes_id_text;

ALTER TABLE public.codes ADD CONSTRAINT codes_id_text CHECK (id <> 7) NOT VALID;

-- monolayer:down
ALTER TABLE public.codes DROP CONSTRAINT codes_id_text;

ALTER TABLE public.codes ADD CONSTRAINT codes_id_text CHECK (id::text <> '7');

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.codes VALIDATE CONSTRAINT codes_id_text;

-- monolayer:down


-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
DROP INDEX CONCURRENTLY IF EXISTS public.codes_id_text_idx;

ALTER INDEX public.codes_id_text_idx_ml_new RENAME TO codes_id_text_idx;

-- monolayer:down
ALTER INDEX public.codes_id_text_idx RENAME TO codes_id_text_idx_ml_new;

CREATE INDEX CONCURRENTLY IF NOT EXISTS codes_id_text_idx ON public.codes USING btree ((id::text));
