-- price becomes bigint: both views are recreated; double() returns bigint: dropped and created;
-- the trigger fires on insert too: replaced. Comments and grants come back with each.
CREATE TABLE public.items (id bigint PRIMARY KEY, price bigint);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE FUNCTION public.double(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE VIEW public.cheap_items AS SELECT id, price FROM public.items WHERE price < 10;
CREATE VIEW public.cheap_ids AS SELECT id FROM public.cheap_items;
COMMENT ON VIEW public.cheap_items IS 'Items under 10';
COMMENT ON COLUMN public.cheap_items.price IS 'Price in cents, now bigger';
COMMENT ON VIEW public.cheap_ids IS 'Their ids';
COMMENT ON FUNCTION public.double(integer) IS 'Twice x';
COMMENT ON TRIGGER items_touch ON public.items IS 'Fires on insert and update';
GRANT SELECT ON public.cheap_items TO monolayer_reader;
GRANT SELECT (id) ON public.cheap_ids TO monolayer_auditor;
REVOKE ALL ON FUNCTION public.double(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.double(integer) TO monolayer_writer;
