CREATE FUNCTION describe(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'int ' || value $$;
CREATE FUNCTION describe(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'text ' || value $$;
CREATE FUNCTION describe(value integer[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'array of ' || cardinality(value) $$;
