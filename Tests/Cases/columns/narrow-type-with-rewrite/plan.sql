-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B001 blocking: Changed column type from character varying(80) to character varying(20) (column: 'label' table: 'readings' schema: 'public')
--   B001 blocking: Changed column type from numeric(10,2) to numeric(10,4) (column: 'amount' table: 'readings' schema: 'public')
--   B001 blocking: Changed column type from text to character varying(200) (column: 'title' table: 'readings' schema: 'public')

-- monolayer:up
ALTER TABLE public.readings ALTER COLUMN label TYPE character varying(20) USING label::character varying(20);

ALTER TABLE public.readings ALTER COLUMN amount TYPE numeric(10,4) USING amount::numeric(10,4);

ALTER TABLE public.readings ALTER COLUMN title TYPE character varying(200) USING title::character varying(200);

-- monolayer:down
ALTER TABLE public.readings ALTER COLUMN title TYPE text USING title::text;

ALTER TABLE public.readings ALTER COLUMN amount TYPE numeric(10,2) USING amount::numeric(10,2);

ALTER TABLE public.readings ALTER COLUMN label TYPE character varying(80) USING label::character varying(80);
