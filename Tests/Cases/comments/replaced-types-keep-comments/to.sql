-- Reordered labels: the enum is replaced, and keeps its comment and grants.
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
COMMENT ON TYPE public.mood IS 'How it feels';
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
GRANT USAGE ON TYPE public.mood TO monolayer_reader;
CREATE TABLE public.days (id integer PRIMARY KEY, feeling public.mood);
