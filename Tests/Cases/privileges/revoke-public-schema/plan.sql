-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
GRANT USAGE ON SCHEMA public TO monolayer_reader;

-- monolayer:down
REVOKE USAGE ON SCHEMA public FROM monolayer_reader;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   BI001 backwards-incompatible: Revoked privileges on SCHEMA public
--   BI001 backwards-incompatible: Revoked privileges on TABLE public.films

-- monolayer:up
REVOKE USAGE ON SCHEMA public FROM PUBLIC;

REVOKE SELECT ON TABLE public.films FROM monolayer_reader;

-- monolayer:down
GRANT SELECT ON TABLE public.films TO monolayer_reader;

GRANT USAGE ON SCHEMA public TO PUBLIC;
