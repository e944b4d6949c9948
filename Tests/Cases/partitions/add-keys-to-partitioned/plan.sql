-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch();

-- monolayer:down
DROP TRIGGER orders_touch ON public.orders;

DROP FUNCTION public.touch();

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF005 might-fail: Added foreign key on an existing table (constraint: 'orders_customer_id_fkey' table: 'orders' schema: 'public')
--   B103 blocking: Added foreign key 'orders_customer_id_fkey' without NOT VALID on an existing table (table: 'orders' schema: 'public')
--   MF002 might-fail: Added primary key on existing columns (constraint: 'orders_pkey' table: 'orders' schema: 'public')
--   B104 blocking: Added primary key 'orders_pkey' without USING INDEX on an existing table (table: 'orders' schema: 'public')

-- monolayer:up
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);

ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed_on);

COMMENT ON TABLE public.orders IS 'partitioned by day';

-- monolayer:down
COMMENT ON TABLE public.orders IS NULL;

ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;
