-- An installer's fallback, as MusicBrainz writes it: the main path declares a C wrapper and a function
-- over it; the handler, for hosts that refuse C functions, declares a slower version. The schema is what
-- the main path declares.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE SCHEMA app;

DO $$
BEGIN
  CREATE OR REPLACE FUNCTION public.immutable_unaccent(regdictionary, text)
    RETURNS text LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS
  '$libdir/unaccent', 'unaccent_dict';

  CREATE OR REPLACE FUNCTION app.plain(text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
  $func$
    SELECT public.immutable_unaccent(regdictionary 'public.unaccent', $1)
  $func$;
EXCEPTION
  WHEN insufficient_privilege THEN
    CREATE OR REPLACE FUNCTION app.plain(text)
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
    $func$
      SELECT public.unaccent('public.unaccent', $1)
    $func$;
END
$$;

-- "Create unless it exists": the handler swallows the duplicate.
DO $$ BEGIN
  EXECUTE 'CREATE TYPE app.mood AS ENUM (''ok'', ''sad'')';
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

CREATE TABLE app.entries (title text, mood app.mood);
