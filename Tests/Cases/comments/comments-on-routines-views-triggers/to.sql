CREATE DOMAIN public.code AS text CONSTRAINT code_length CHECK (length(VALUE) < 8);
COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'Codes are short';
CREATE TABLE public.items (id bigint PRIMARY KEY, price numeric);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION public.price_of(item bigint, VARIADIC extra numeric[]) RETURNS numeric LANGUAGE sql STABLE
    AS 'SELECT price FROM public.items WHERE id = item';
CREATE PROCEDURE public.reprice(factor numeric) LANGUAGE sql AS 'UPDATE public.items SET price = price * factor';
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE VIEW public.cheap_items AS SELECT id, price FROM public.items WHERE price < 10;
CREATE MATERIALIZED VIEW public.item_count AS SELECT count(*) AS n FROM public.items;
COMMENT ON FUNCTION public.touch IS 'Keeps rows fresh';
COMMENT ON FUNCTION public.price_of(bigint, numeric[]) IS 'Price of an item';
COMMENT ON PROCEDURE public.reprice(numeric) IS 'Changes every price';
COMMENT ON TRIGGER items_touch ON public.items IS 'Fires on update';
COMMENT ON VIEW public.cheap_items IS 'Items under 10';
COMMENT ON COLUMN public.cheap_items.price IS 'Price in euros';
COMMENT ON MATERIALIZED VIEW public.item_count IS 'How many items';
COMMENT ON COLUMN public.item_count.n IS 'The count';
