-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF006 might-fail: Changed domain to NOT NULL (type: 'code' schema: 'public')
--   MF007 might-fail: Added check constraint code_short on domain (type: 'code' schema: 'public')

-- monolayer:up
ALTER DOMAIN public.code SET DEFAULT 'y';

ALTER DOMAIN public.code SET NOT NULL;

ALTER DOMAIN public.code DROP CONSTRAINT code_short;

ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK (length(VALUE) < 8) NOT VALID;

-- monolayer:down
ALTER DOMAIN public.code DROP CONSTRAINT IF EXISTS code_short;

ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK (length(VALUE) < 10);

ALTER DOMAIN public.code DROP NOT NULL;

ALTER DOMAIN public.code SET DEFAULT 'x';

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER DOMAIN public.code VALIDATE CONSTRAINT code_short;

-- monolayer:down

