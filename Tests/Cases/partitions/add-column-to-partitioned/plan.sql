-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.tickets ADD COLUMN priority integer DEFAULT 3;

-- monolayer:down
ALTER TABLE public.tickets DROP COLUMN priority;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF001 might-fail: Changed column to non-nullable (column: 'note' table: 'tickets' schema: 'public')
--   MF004 might-fail: Added check constraint on an existing table (constraint: 'tickets_priority_check' table: 'tickets' schema: 'public')

-- monolayer:up
ALTER TABLE public.tickets ALTER COLUMN note SET DEFAULT '';

ALTER TABLE public.tickets ADD CONSTRAINT tickets_note_not_null_ml CHECK (note IS NOT NULL) NOT VALID;

ALTER TABLE public.tickets ADD CONSTRAINT tickets_priority_check CHECK (priority > 0) NOT VALID;

-- monolayer:down
ALTER TABLE public.tickets DROP CONSTRAINT tickets_priority_check;

ALTER TABLE public.tickets DROP CONSTRAINT IF EXISTS tickets_note_not_null_ml;

ALTER TABLE public.tickets ALTER COLUMN note DROP DEFAULT;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_note_not_null_ml;

ALTER TABLE public.tickets ALTER COLUMN note SET NOT NULL;

ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_priority_check;

ALTER TABLE public.tickets DROP CONSTRAINT IF EXISTS tickets_note_not_null_ml;

-- monolayer:down
ALTER TABLE public.tickets ALTER COLUMN note DROP NOT NULL;
