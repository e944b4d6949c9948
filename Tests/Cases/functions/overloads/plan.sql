-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.describe(value integer[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'array of ' || cardinality(value) $$;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.describe(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'text ' || value $$;

-- monolayer:down
DROP FUNCTION public.describe(text);

DROP FUNCTION public.describe(integer[]);

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE OR REPLACE FUNCTION public.describe(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'int ' || value $$;

-- monolayer:down
CREATE OR REPLACE FUNCTION public.describe(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'integer ' || value $$;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D008 destructive: Dropped function (function: 'describe(text, text)' schema: 'public')
--   MF009 might-fail: Dropped function with a body monolayer cannot follow (function: 'describe(text, text)' schema: 'public')

-- monolayer:up
DROP FUNCTION public.describe(text, text);

-- monolayer:down
CREATE FUNCTION public.describe(value text, suffix text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'text ' || value || suffix $$;
