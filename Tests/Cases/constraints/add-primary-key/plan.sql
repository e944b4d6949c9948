-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS tags_pkey ON public.tags USING btree (name);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.tags_pkey;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF002 might-fail: Added primary key on existing columns (constraint: 'tags_pkey' table: 'tags' schema: 'public')

-- monolayer:up
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;

-- monolayer:down
ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;
