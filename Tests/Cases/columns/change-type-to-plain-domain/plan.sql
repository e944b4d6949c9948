-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.users ALTER COLUMN address TYPE public.email USING address::public.email;

-- monolayer:down
ALTER TABLE public.users ALTER COLUMN address TYPE text USING address::text;
