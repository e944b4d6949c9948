-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE DOMAIN public.label AS text CONSTRAINT label_check CHECK (length(VALUE) < 40);

ALTER TABLE public.parcels ADD COLUMN tag public.label;

CREATE FUNCTION public.is_plausible_weight(w integer) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE
    AS $$ BEGIN RETURN w BETWEEN 1 AND 30000; END; $$;

CREATE DOMAIN public.grams AS integer CONSTRAINT grams_check CHECK (is_plausible_weight(VALUE));

ALTER TABLE public.parcels ADD COLUMN weight public.grams;

-- monolayer:down
ALTER TABLE public.parcels DROP COLUMN weight;

DROP DOMAIN public.grams;

DROP FUNCTION public.is_plausible_weight(integer);

ALTER TABLE public.parcels DROP COLUMN tag;

DROP DOMAIN public.label;
