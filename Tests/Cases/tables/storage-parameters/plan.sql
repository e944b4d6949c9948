-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.new_limits (
  id bigint NOT NULL
) WITH (autovacuum_enabled='false', fillfactor='70');

-- monolayer:down
DROP TABLE public.new_limits;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B004 blocking: Changed table to unlogged (table: 'rate_limits' schema: 'public')

-- monolayer:up
ALTER TABLE public.rate_limits SET UNLOGGED;

ALTER TABLE public.rate_limits SET (fillfactor='50'), RESET (autovacuum_enabled);

-- monolayer:down
ALTER TABLE public.rate_limits SET (autovacuum_enabled='false'), RESET (fillfactor);

ALTER TABLE public.rate_limits SET LOGGED;
