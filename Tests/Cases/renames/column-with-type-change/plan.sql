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

-- monolayer:down
ALTER TABLE public.users ALTER COLUMN postal_code TYPE integer USING postal_code::integer;

ALTER TABLE public.users RENAME COLUMN postal_code TO zip;
