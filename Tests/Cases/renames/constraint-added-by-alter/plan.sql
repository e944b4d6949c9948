-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI010 backwards-incompatible: Renamed constraint (constraint: 'fk_a' table: 'b' schema: 'public') to 'b_a_id_fkey'

-- monolayer:up
ALTER TABLE public.b RENAME CONSTRAINT fk_a TO b_a_id_fkey;

-- monolayer:down
ALTER TABLE public.b RENAME CONSTRAINT b_a_id_fkey TO fk_a;
