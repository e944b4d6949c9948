CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric);
CREATE FUNCTION public.total_of(o bigint) RETURNS numeric LANGUAGE sql STABLE AS 'SELECT total FROM public.orders WHERE id = o';
GRANT ALL ON TABLE public.orders TO monolayer_writer;
GRANT SELECT, INSERT ON TABLE public.orders TO monolayer_reader WITH GRANT OPTION;
GRANT SELECT (total) ON TABLE public.orders TO monolayer_auditor;
REVOKE ALL ON FUNCTION public.total_of(bigint) FROM PUBLIC;
