-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI004 backwards-incompatible: Renamed column (column: 'mail' table: 'users' schema: 'public') to 'email'

-- monolayer:up
ALTER TABLE public.users RENAME COLUMN mail TO email;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('users_' || 'email') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.users'::regclass AND con.contype = 'n'
             AND con.conname = ('users_' || 'mail') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.users', c.conname, c.target);
  END LOOP;
END
$monolayer$;

COMMENT ON COLUMN public.users.email IS 'contact address';

-- monolayer:down
COMMENT ON COLUMN public.users.email IS 'contact';

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('users_' || 'mail') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.users'::regclass AND con.contype = 'n'
             AND con.conname = ('users_' || 'email') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.users', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.users RENAME COLUMN email TO mail;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_name_idx ON public.users USING btree (email, name);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.users_email_name_idx;
