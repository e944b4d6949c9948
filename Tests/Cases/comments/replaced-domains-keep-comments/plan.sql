-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'amount' schema: 'public')
--   MF007 might-fail: Added check constraint code_length on domain (type: 'code' schema: 'public')

-- monolayer:up
DROP DOMAIN public.amount;
CREATE DOMAIN public.amount AS bigint;
COMMENT ON TYPE public.amount IS 'Money';
GRANT USAGE ON TYPE public.amount TO monolayer_writer;

ALTER DOMAIN public.code DROP CONSTRAINT code_length;

ALTER DOMAIN public.code ADD CONSTRAINT code_length CHECK (length(VALUE) < 10) NOT VALID;

COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'Under 10';

-- monolayer:down
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS NULL;

ALTER DOMAIN public.code DROP CONSTRAINT IF EXISTS code_length;

ALTER DOMAIN public.code ADD CONSTRAINT code_length CHECK (length(VALUE) < 8);
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'Under 8';

DROP DOMAIN public.amount;
CREATE DOMAIN public.amount AS integer;
COMMENT ON TYPE public.amount IS 'Money';
GRANT USAGE ON TYPE public.amount TO monolayer_writer;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER DOMAIN public.code VALIDATE CONSTRAINT code_length;

-- monolayer:down

