-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI003 backwards-incompatible: Renamed table (table: 'Line Items' schema: 'public') to 'order_lines'
--   BI010 backwards-incompatible: Renamed constraint (constraint: 'Line Items_pkey' table: 'order_lines' schema: 'public') to 'order_lines_pkey'

-- monolayer:up
ALTER TABLE public."Line Items" RENAME TO order_lines;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('order_lines' || '_' || a.attname) || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.order_lines'::regclass AND con.contype = 'n'
             AND con.conname = ('Line Items' || '_' || a.attname) || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.order_lines', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.order_lines RENAME CONSTRAINT "Line Items_pkey" TO order_lines_pkey;

ALTER TABLE public.order_lines ADD COLUMN note text;

-- monolayer:down
ALTER TABLE public.order_lines DROP COLUMN note;

ALTER TABLE public.order_lines RENAME CONSTRAINT order_lines_pkey TO "Line Items_pkey";

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('Line Items' || '_' || a.attname) || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.order_lines'::regclass AND con.contype = 'n'
             AND con.conname = ('order_lines' || '_' || a.attname) || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.order_lines', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.order_lines RENAME TO "Line Items";

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS order_lines_note_idx ON public.order_lines USING btree (note);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.order_lines_note_idx;
