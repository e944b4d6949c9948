-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.jobs ALTER COLUMN attempts DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN attempts SET DEFAULT 3;

ALTER TABLE public.jobs ALTER COLUMN queue DROP DEFAULT;

-- monolayer:down
ALTER TABLE public.jobs ALTER COLUMN queue SET DEFAULT 'default';

ALTER TABLE public.jobs ALTER COLUMN attempts DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN attempts SET DEFAULT 0;
