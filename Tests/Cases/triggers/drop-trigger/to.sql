CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION forbid_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'items may not be truncated';
END;
$$;
