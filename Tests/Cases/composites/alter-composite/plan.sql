-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'address' schema: 'public')

-- monolayer:up
ALTER TYPE public.address DROP ATTRIBUTE legacy_code, ALTER ATTRIBUTE street TYPE text COLLATE pg_catalog."C", ALTER ATTRIBUTE city TYPE character varying(80), ADD ATTRIBUTE country text;

-- monolayer:down
ALTER TYPE public.address DROP ATTRIBUTE country, ALTER ATTRIBUTE street TYPE text, ALTER ATTRIBUTE city TYPE character varying(40), ADD ATTRIBUTE legacy_code integer;
