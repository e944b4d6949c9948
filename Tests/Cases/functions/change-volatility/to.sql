CREATE FUNCTION now_utc() RETURNS timestamp without time zone
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT now() AT TIME ZONE 'utc' $$;
