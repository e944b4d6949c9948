-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.posts ADD COLUMN tenant_id bigint;

-- monolayer:down
ALTER TABLE public.posts DROP COLUMN tenant_id;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF003 might-fail: Added non-nullable column without a default (column: 'tenant_id' table: 'users' schema: 'public')
--   D006 destructive: Dropped constraint (constraint: 'posts_user_id_fkey' table: 'posts' schema: 'public')
--   MF002 might-fail: Added primary key on existing columns (constraint: 'users_pkey' table: 'users' schema: 'public')
--   MF005 might-fail: Added foreign key on an existing table (constraint: 'posts_tenant_id_user_id_fkey' table: 'posts' schema: 'public')

-- monolayer:up
ALTER TABLE public.users ADD COLUMN tenant_id bigint NOT NULL;

ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_pkey;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (tenant_id, user_id);

ALTER TABLE public.posts ADD CONSTRAINT posts_tenant_id_user_id_fkey FOREIGN KEY (tenant_id, user_id) REFERENCES public.users (tenant_id, user_id) NOT VALID;

-- monolayer:down
ALTER TABLE public.posts DROP CONSTRAINT posts_tenant_id_user_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_pkey;

ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (user_id);

ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (user_id);

ALTER TABLE public.users DROP COLUMN tenant_id;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_tenant_id_user_id_fkey;

-- monolayer:down

