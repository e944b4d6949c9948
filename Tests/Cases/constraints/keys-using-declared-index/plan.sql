-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON public.users USING btree (email);

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_pkey ON public.users USING btree (id);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.users_pkey;

DROP INDEX CONCURRENTLY IF EXISTS public.users_email_key;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF002 might-fail: Added unique constraint on existing columns (constraint: 'users_email_key' table: 'users' schema: 'public')
--   MF002 might-fail: Added primary key on existing columns (constraint: 'users_pkey' table: 'users' schema: 'public')

-- monolayer:up
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;

-- monolayer:down
ALTER TABLE public.users DROP CONSTRAINT users_pkey;

ALTER TABLE public.users DROP CONSTRAINT users_email_key;
