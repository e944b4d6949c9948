-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings:
--   B002 blocking: Added column with a volatile default or identity (column: 'visits' table: 'customers' schema: 'public')

-- monolayer:up
CREATE SEQUENCE public.customers_visits_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

ALTER TABLE public.customers ADD COLUMN email text;

ALTER TABLE public.customers ADD COLUMN referrer_id bigint;

ALTER TABLE public.customers ADD COLUMN visits integer DEFAULT nextval('public.customers_visits_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.customers_visits_seq OWNED BY public.customers.visits;

ALTER TABLE public.customers ADD COLUMN score numeric(6,2) DEFAULT 0 NOT NULL;

ALTER TABLE public.measurements ADD COLUMN reading double precision;

-- monolayer:down
ALTER TABLE public.measurements DROP COLUMN reading;

ALTER TABLE public.customers DROP COLUMN score;

ALTER TABLE public.customers DROP COLUMN visits;

ALTER TABLE public.customers DROP COLUMN referrer_id;

ALTER TABLE public.customers DROP COLUMN email;

DROP SEQUENCE IF EXISTS public.customers_visits_seq;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B001 blocking: Changed column type from integer to bigint (column: 'id' table: 'customers' schema: 'public')
--   B001 blocking: Changed column type from text to character varying(200) COLLATE pg_catalog."C" (column: 'name' table: 'customers' schema: 'public')
--   MF001 might-fail: Changed column to non-nullable (column: 'name' table: 'customers' schema: 'public')
--   MF002 might-fail: Added unique constraint on existing columns (constraint: 'customers_email_key' table: 'customers' schema: 'public')
--   MF005 might-fail: Added foreign key on an existing table (constraint: 'customers_referrer_id_fkey' table: 'customers' schema: 'public')
--   MF004 might-fail: Added check constraint on an existing table (constraint: 'customers_score_check' table: 'customers' schema: 'public')

-- monolayer:up
ALTER TABLE public.customers ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.customers ALTER COLUMN name TYPE character varying(200) COLLATE pg_catalog."C" USING name::character varying(200);

ALTER TABLE public.customers ALTER COLUMN name SET DEFAULT '';

ALTER TABLE public.customers ADD CONSTRAINT customers_name_not_null_ml CHECK (name IS NOT NULL) NOT VALID;

ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);

ALTER TABLE public.customers ADD CONSTRAINT customers_referrer_id_fkey FOREIGN KEY (referrer_id) REFERENCES public.customers (id) NOT VALID;

ALTER TABLE public.customers ADD CONSTRAINT customers_score_check CHECK (score >= 0) NOT VALID;

ALTER TABLE public.customers REPLICA IDENTITY FULL;

-- monolayer:down
ALTER TABLE public.customers REPLICA IDENTITY DEFAULT;

ALTER TABLE public.customers DROP CONSTRAINT customers_score_check;

ALTER TABLE public.customers DROP CONSTRAINT customers_referrer_id_fkey;

ALTER TABLE public.customers DROP CONSTRAINT customers_email_key;

ALTER TABLE public.customers DROP CONSTRAINT IF EXISTS customers_name_not_null_ml;

ALTER TABLE public.customers ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.customers ALTER COLUMN name TYPE text USING name::text;

ALTER TABLE public.customers ALTER COLUMN id TYPE integer USING id::integer;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.customers VALIDATE CONSTRAINT customers_name_not_null_ml;

ALTER TABLE public.customers ALTER COLUMN name SET NOT NULL;

ALTER TABLE public.customers VALIDATE CONSTRAINT customers_referrer_id_fkey;

ALTER TABLE public.customers VALIDATE CONSTRAINT customers_score_check;

ALTER TABLE public.customers DROP CONSTRAINT IF EXISTS customers_name_not_null_ml;

-- monolayer:down
ALTER TABLE public.customers ALTER COLUMN name DROP NOT NULL;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D003 destructive: Dropped column (column: 'legacy_code' table: 'customers' schema: 'public')

-- monolayer:up
ALTER TABLE public.customers DROP COLUMN legacy_code;

-- monolayer:down
ALTER TABLE public.customers ADD COLUMN legacy_code text;
