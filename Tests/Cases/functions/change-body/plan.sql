-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE OR REPLACE FUNCTION public.greeting(name text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'Hello, ' || name || '!' $$;

-- monolayer:down
CREATE OR REPLACE FUNCTION public.greeting(name text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'Hello, ' || name $$;
