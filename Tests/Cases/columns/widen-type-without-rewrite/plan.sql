-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.readings ALTER COLUMN label TYPE character varying(80) USING label::character varying(80);

ALTER TABLE public.readings ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE public.readings ALTER COLUMN amount TYPE numeric(14,2) USING amount::numeric(14,2);

ALTER TABLE public.readings ALTER COLUMN exact TYPE numeric USING exact::numeric;

ALTER TABLE public.readings ALTER COLUMN flags TYPE bit varying USING flags::bit varying;

ALTER TABLE public.readings ALTER COLUMN taken_at TYPE timestamp(3) without time zone USING taken_at::timestamp(3) without time zone;

ALTER TABLE public.readings ALTER COLUMN address TYPE inet USING address::inet;

ALTER TABLE public.readings ALTER COLUMN title TYPE character varying USING title::character varying;

-- monolayer:down
ALTER TABLE public.readings ALTER COLUMN title TYPE text USING title::text;

ALTER TABLE public.readings ALTER COLUMN address TYPE cidr USING address::cidr;

ALTER TABLE public.readings ALTER COLUMN taken_at TYPE timestamp(0) without time zone USING taken_at::timestamp(0) without time zone;

ALTER TABLE public.readings ALTER COLUMN flags TYPE bit varying(4) USING flags::bit varying(4);

ALTER TABLE public.readings ALTER COLUMN exact TYPE numeric(8,3) USING exact::numeric(8,3);

ALTER TABLE public.readings ALTER COLUMN amount TYPE numeric(10,2) USING amount::numeric(10,2);

ALTER TABLE public.readings ALTER COLUMN note TYPE character varying(40) USING note::character varying(40);

ALTER TABLE public.readings ALTER COLUMN label TYPE character varying(20) USING label::character varying(20);
