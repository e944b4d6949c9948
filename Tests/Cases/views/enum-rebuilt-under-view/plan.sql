-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D011 destructive: Dropped and recreated view (view: 'happy_people' schema: 'public')
--   B003 blocking: Removed or reordered enum values (type: 'mood' schema: 'public')

-- monolayer:up
DROP VIEW public.happy_people;

ALTER TYPE public.mood RENAME TO mood_ml_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
DROP TYPE public.mood_ml_old;

CREATE VIEW public.happy_people AS
SELECT id FROM people WHERE mood = 'happy';

-- monolayer:down
DROP VIEW public.happy_people;

-- cannot be undone: ALTER TYPE public.mood RENAME TO mood_ml_old;

CREATE VIEW public.happy_people AS
SELECT id FROM people WHERE mood = 'happy';
