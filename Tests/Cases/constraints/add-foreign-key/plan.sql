-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF005 might-fail: Added foreign key on an existing table (constraint: 'posts_author_id_fkey' table: 'posts' schema: 'public')

-- monolayer:up
ALTER TABLE public.posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users (id) ON DELETE SET NULL NOT VALID;

-- monolayer:down
ALTER TABLE public.posts DROP CONSTRAINT posts_author_id_fkey;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_author_id_fkey;

-- monolayer:down

