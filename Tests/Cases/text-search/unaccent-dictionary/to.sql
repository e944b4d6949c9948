-- MusicBrainz's configuration: a dictionary of an extension (unaccent) before a built-in one, and the
-- extension's C function declared again under another name with its object file and link symbol.
CREATE EXTENSION unaccent;
CREATE TEXT SEARCH CONFIGURATION mb_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION mb_simple
    ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart
    WITH unaccent, simple;
CREATE OR REPLACE FUNCTION public.immutable_unaccent(regdictionary, text)
  RETURNS text LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS
  '$libdir/unaccent', 'unaccent_dict';
CREATE FUNCTION musicbrainz_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT public.immutable_unaccent(regdictionary 'public.unaccent', $1)
$$;
