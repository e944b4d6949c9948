CREATE TABLE public.films (id integer PRIMARY KEY);
GRANT SELECT ON public.films TO monolayer_reader;
