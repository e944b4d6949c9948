REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO monolayer_reader;
CREATE TABLE public.films (id integer PRIMARY KEY);
