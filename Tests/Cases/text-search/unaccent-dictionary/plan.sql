-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION public.mb_simple (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR asciihword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR asciiword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR hword WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR hword_asciipart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR hword_numpart WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR hword_part WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR numhword WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR numword WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR word WITH public.unaccent, simple;

CREATE FUNCTION public.immutable_unaccent(regdictionary, text)
  RETURNS text LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS
  '$libdir/unaccent', 'unaccent_dict';

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.musicbrainz_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT public.immutable_unaccent(regdictionary 'public.unaccent', $1)
$$;

-- monolayer:down
DROP FUNCTION public.musicbrainz_unaccent(text);

DROP FUNCTION public.immutable_unaccent(regdictionary, text);

DROP TEXT SEARCH CONFIGURATION public.mb_simple;

DROP EXTENSION IF EXISTS unaccent;
