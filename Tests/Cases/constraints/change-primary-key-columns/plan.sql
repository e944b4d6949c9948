-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.posts ADD COLUMN tenant integer;

-- monolayer:down
ALTER TABLE public.posts DROP COLUMN tenant;

-- file: expand/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_pkey_ml_new ON public.users USING btree (id, tenant);

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.users_pkey_ml_new;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D006 destructive: Dropped constraint (constraint: 'posts_user_id_fkey' table: 'posts' schema: 'public')
--   MF002 might-fail: Added primary key on existing columns (constraint: 'users_pkey' table: 'users' schema: 'public')
--   MF005 might-fail: Added foreign key on an existing table (constraint: 'posts_user_fkey' table: 'posts' schema: 'public')

-- monolayer:up
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_pkey;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey_ml_new;

ALTER TABLE public.posts ADD CONSTRAINT posts_user_fkey FOREIGN KEY (user_id, tenant) REFERENCES public.users (id, tenant) NOT VALID;

-- monolayer:down
ALTER TABLE public.posts DROP CONSTRAINT posts_user_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_pkey;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_user_fkey;

-- monolayer:down

