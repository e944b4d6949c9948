-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF003 might-fail: Added non-nullable column without a default (column: 'id' table: 'users' schema: 'public')
--   MF002 might-fail: Added primary key on existing columns (constraint: 'users_pkey' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users ADD COLUMN id bigint NOT NULL;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

-- monolayer:down
ALTER TABLE public.users DROP CONSTRAINT users_pkey;

ALTER TABLE public.users DROP COLUMN id;
