CREATE TABLE public.items (id bigint PRIMARY KEY, price numeric);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE VIEW public.cheap_items AS SELECT id, price FROM public.items WHERE price < 10;
COMMENT ON VIEW public.cheap_items IS 'Old text';
COMMENT ON FUNCTION public.touch() IS 'Old text';
