-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE DOMAIN public.code AS text CONSTRAINT code_length CHECK (length(VALUE) < 8);

SET LOCAL check_function_bodies = off;
CREATE PROCEDURE public.count_items(IN above numeric, OUT n bigint) LANGUAGE sql AS 'SELECT count(*) FROM public.items WHERE price > above';

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.price_of(item bigint, VARIADIC extra numeric[]) RETURNS numeric LANGUAGE sql STABLE
    AS 'SELECT price FROM public.items WHERE id = item';

SET LOCAL check_function_bodies = off;
CREATE PROCEDURE public.reprice(factor numeric) LANGUAGE sql AS 'UPDATE public.items SET price = price * factor';

CREATE MATERIALIZED VIEW public.item_count AS
SELECT count(*) AS n FROM public.items;

REVOKE EXECUTE ON ROUTINE public.count_items(numeric) FROM PUBLIC;

-- monolayer:down
DROP MATERIALIZED VIEW public.item_count;

DROP PROCEDURE public.reprice(numeric);

DROP FUNCTION public.price_of(bigint, numeric[]);

DROP PROCEDURE public.count_items(numeric);

DROP DOMAIN public.code;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON COLUMN public.cheap_items.price IS 'Price in euros';

COMMENT ON COLUMN public.item_count.n IS 'The count';

COMMENT ON CONSTRAINT code_length ON DOMAIN public.code IS 'Codes are short';

COMMENT ON MATERIALIZED VIEW public.item_count IS 'How many items';

COMMENT ON ROUTINE public.count_items(numeric) IS 'Counts items above a price';

COMMENT ON ROUTINE public.price_of(bigint, numeric[]) IS 'Price of an item';

COMMENT ON ROUTINE public.reprice(numeric) IS 'Changes every price';

COMMENT ON ROUTINE public.touch() IS 'Keeps rows fresh';

COMMENT ON TRIGGER items_touch ON public.items IS 'Fires on update';

COMMENT ON VIEW public.cheap_items IS 'Items under 10';

-- monolayer:down
COMMENT ON VIEW public.cheap_items IS 'Old text';

COMMENT ON TRIGGER items_touch ON public.items IS NULL;

COMMENT ON ROUTINE public.touch() IS 'Old text';

COMMENT ON COLUMN public.cheap_items.price IS NULL;
