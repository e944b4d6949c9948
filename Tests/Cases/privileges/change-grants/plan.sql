-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
GRANT EXECUTE ON ROUTINE public.total_of(bigint) TO PUBLIC;

GRANT UPDATE ON TABLE public.orders TO monolayer_reader;

GRANT SELECT (id) ON TABLE public.orders TO monolayer_auditor;

-- monolayer:down
REVOKE SELECT (id) ON TABLE public.orders FROM monolayer_auditor;

REVOKE UPDATE ON TABLE public.orders FROM monolayer_reader;

REVOKE EXECUTE ON ROUTINE public.total_of(bigint) FROM PUBLIC;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   BI001 backwards-incompatible: Revoked privileges on TABLE public.orders

-- monolayer:up
REVOKE GRANT OPTION FOR INSERT ON TABLE public.orders FROM monolayer_reader;
REVOKE ALL ON TABLE public.orders FROM monolayer_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.orders TO monolayer_writer;

-- monolayer:down
GRANT INSERT ON TABLE public.orders TO monolayer_reader WITH GRANT OPTION;
GRANT ALL ON TABLE public.orders TO monolayer_writer;
