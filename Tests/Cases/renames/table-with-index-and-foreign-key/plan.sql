-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI003 backwards-incompatible: Renamed table (table: 'accounts' schema: 'public') to 'customers'

-- monolayer:up
ALTER TABLE public.accounts RENAME TO customers;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('customers' || '_' || a.attname) || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.customers'::regclass AND con.contype = 'n'
             AND con.conname = ('accounts' || '_' || a.attname) || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.customers', c.conname, c.target);
  END LOOP;
END
$monolayer$;

COMMENT ON TABLE public.customers IS 'people who pay us';

-- monolayer:down
COMMENT ON TABLE public.customers IS 'people who pay';

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('accounts' || '_' || a.attname) || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.customers'::regclass AND con.contype = 'n'
             AND con.conname = ('customers' || '_' || a.attname) || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.customers', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.customers RENAME TO accounts;
