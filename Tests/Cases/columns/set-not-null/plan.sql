-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF001 might-fail: Changed column to non-nullable (column: 'email' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users ADD CONSTRAINT users_email_not_null_ml CHECK (email IS NOT NULL) NOT VALID;

-- monolayer:down
ALTER TABLE public.users DROP CONSTRAINT IF EXISTS users_email_not_null_ml;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.users VALIDATE CONSTRAINT users_email_not_null_ml;

ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.users DROP CONSTRAINT IF EXISTS users_email_not_null_ml;

-- monolayer:down
ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;
