-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   B003 blocking: Removed or reordered enum values (type: 'mood' schema: 'public')

-- monolayer:up
ALTER TYPE public.mood RENAME TO mood_ml_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
COMMENT ON TYPE public.mood IS 'How it feels';
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
GRANT USAGE ON TYPE public.mood TO monolayer_reader;
ALTER TABLE public.days ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood;
DROP TYPE public.mood_ml_old;

-- monolayer:down
-- cannot be undone: ALTER TYPE public.mood RENAME TO mood_ml_old;
