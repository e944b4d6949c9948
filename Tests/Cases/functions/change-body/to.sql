CREATE FUNCTION greeting(name text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'Hello, ' || name || '!' $$;
