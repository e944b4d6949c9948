-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI004 backwards-incompatible: Renamed column (column: 'zip' table: 'users' schema: 'public') to 'postal_code'
--   B001 blocking: Changed column type from integer to text (column: 'postal_code' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users RENAME COLUMN zip TO postal_code;

ALTER TABLE public.users ALTER COLUMN postal_code TYPE text USING postal_code::text;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('users_' || 'postal_code') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.users'::regclass AND con.contype = 'n'
             AND con.conname = ('users_' || 'zip') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.users', c.conname, c.target);
  END LOOP;
END
$monolayer$;

-- monolayer:down
DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('users_' || 'zip') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.users'::regclass AND con.contype = 'n'
             AND con.conname = ('users_' || 'postal_code') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.users', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.users ALTER COLUMN postal_code TYPE integer USING postal_code::integer;

ALTER TABLE public.users RENAME COLUMN postal_code TO zip;
