-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B003 blocking: Removed or reordered enum values (type: 'state' schema: 'public')

-- monolayer:up
ALTER TYPE public.state RENAME TO state_ml_old;
CREATE TYPE public.state AS ENUM ('draft', 'published');
ALTER TABLE public.posts ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.posts ALTER COLUMN state TYPE public.state USING state::text::public.state;
ALTER TABLE public.posts ALTER COLUMN state SET DEFAULT 'draft';
DROP TYPE public.state_ml_old;

-- monolayer:down
-- cannot be undone: ALTER TYPE public.state RENAME TO state_ml_old;
