-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE OR REPLACE FUNCTION public.now_utc() RETURNS timestamp without time zone
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT now() AT TIME ZONE 'utc' $$;

-- monolayer:down
CREATE OR REPLACE FUNCTION public.now_utc() RETURNS timestamp without time zone
  LANGUAGE sql
  AS $$ SELECT now() AT TIME ZONE 'utc' $$;
