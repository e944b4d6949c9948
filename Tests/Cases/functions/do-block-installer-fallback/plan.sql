-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE TYPE app.mood AS ENUM ('ok', 'sad');

CREATE TABLE app.entries (
  title text,
  mood app.mood
);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION app.plain(text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
  $func$
    SELECT public.immutable_unaccent(regdictionary 'public.unaccent', $1)
  $func$;

CREATE FUNCTION public.immutable_unaccent(regdictionary, text)
    RETURNS text LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS
  '$libdir/unaccent', 'unaccent_dict';

-- monolayer:down
DROP FUNCTION public.immutable_unaccent(regdictionary, text);

DROP FUNCTION app.plain(text);

DROP TABLE app.entries;

DROP TYPE app.mood;

DROP SCHEMA app;
