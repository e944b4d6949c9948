CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric);
CREATE FUNCTION public.total_of(o bigint) RETURNS numeric LANGUAGE sql STABLE AS 'SELECT total FROM public.orders WHERE id = o';
-- writer keeps only what it needs; reader loses its grant option on INSERT and gains UPDATE
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.orders TO monolayer_writer;
GRANT SELECT ON TABLE public.orders TO monolayer_reader WITH GRANT OPTION;
GRANT INSERT, UPDATE ON TABLE public.orders TO monolayer_reader;
GRANT SELECT (id, total) ON TABLE public.orders TO monolayer_auditor;
-- back to the default: PUBLIC may call it
