CREATE FUNCTION describe(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'integer ' || value $$;
CREATE FUNCTION describe(value text, suffix text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'text ' || value || suffix $$;
