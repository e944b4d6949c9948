-- Setting names are case-insensitive: PostgreSQL prints `SET timezone = 'UTC'` as `SET "TimeZone" TO 'UTC'`.
CREATE FUNCTION utc_now() RETURNS timestamp with time zone AS $$
BEGIN
    RETURN now();
END;
$$ LANGUAGE plpgsql SET timezone = 'UTC' SET DateStyle TO 'ISO, MDY';
