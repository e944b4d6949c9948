-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D008 destructive: Dropped and recreated function (function: 'double(integer)' schema: 'public')
--   MF009 might-fail: Dropped function with a body monolayer cannot follow (function: 'double(integer)' schema: 'public')
--   D011 destructive: Dropped and recreated view (view: 'cheap_ids' schema: 'public')
--   D011 destructive: Dropped and recreated view (view: 'cheap_items' schema: 'public')
--   B001 blocking: Changed column type from integer to bigint (column: 'price' table: 'items' schema: 'public')

-- monolayer:up
DROP FUNCTION public.double(integer);
CREATE FUNCTION public.double(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
COMMENT ON ROUTINE public.double(integer) IS 'Twice x';
REVOKE EXECUTE ON ROUTINE public.double(integer) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE public.double(integer) TO monolayer_writer;

DROP TRIGGER items_touch ON public.items;
CREATE TRIGGER items_touch BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER items_touch ON public.items IS 'Fires on insert and update';

DROP VIEW public.cheap_ids;

DROP VIEW public.cheap_items;

ALTER TABLE public.items ALTER COLUMN price TYPE bigint USING price::bigint;

CREATE VIEW public.cheap_items AS
SELECT id, price FROM public.items WHERE price < 10;
COMMENT ON COLUMN public.cheap_items.price IS 'Price in cents, now bigger';
COMMENT ON VIEW public.cheap_items IS 'Items under 10';
GRANT SELECT ON TABLE public.cheap_items TO monolayer_reader;

CREATE VIEW public.cheap_ids AS
SELECT id FROM public.cheap_items;
COMMENT ON VIEW public.cheap_ids IS 'Their ids';
GRANT SELECT (id) ON TABLE public.cheap_ids TO monolayer_auditor;

-- monolayer:down
DROP VIEW public.cheap_ids;

DROP VIEW public.cheap_items;

ALTER TABLE public.items ALTER COLUMN price TYPE integer USING price::integer;

CREATE VIEW public.cheap_items AS
SELECT id, price FROM public.items WHERE price < 10;
COMMENT ON COLUMN public.cheap_items.price IS 'Price in cents';
COMMENT ON VIEW public.cheap_items IS 'Items under 10';
GRANT SELECT ON TABLE public.cheap_items TO monolayer_reader;

CREATE VIEW public.cheap_ids AS
SELECT id FROM public.cheap_items;
COMMENT ON VIEW public.cheap_ids IS 'Their ids';
GRANT SELECT (id) ON TABLE public.cheap_ids TO monolayer_auditor;

DROP TRIGGER items_touch ON public.items;
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER items_touch ON public.items IS 'Fires on update';

DROP FUNCTION public.double(integer);
CREATE FUNCTION public.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
COMMENT ON ROUTINE public.double(integer) IS 'Twice x';
REVOKE EXECUTE ON ROUTINE public.double(integer) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE public.double(integer) TO monolayer_writer;
