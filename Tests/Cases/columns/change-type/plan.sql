-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B001 blocking: Changed column type from integer to bigint (column: 'id' table: 'events' schema: 'public')

-- monolayer:up
ALTER TABLE public.events ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.events ALTER COLUMN payload TYPE character varying(200) USING payload::character varying(200);

-- monolayer:down
ALTER TABLE public.events ALTER COLUMN payload TYPE character varying(100) USING payload::character varying(100);

ALTER TABLE public.events ALTER COLUMN id TYPE integer USING id::integer;
