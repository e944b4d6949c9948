CREATE FUNCTION now_utc() RETURNS timestamp without time zone
  LANGUAGE sql
  AS $$ SELECT now() AT TIME ZONE 'utc' $$;
