CREATE TYPE public.mood AS ENUM ('happy', 'sad');
COMMENT ON TYPE public.mood IS 'How it feels';
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
GRANT USAGE ON TYPE public.mood TO monolayer_reader;
CREATE TABLE public.days (id integer PRIMARY KEY, feeling public.mood);
