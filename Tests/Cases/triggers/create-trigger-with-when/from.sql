CREATE TABLE documents (
  id bigint PRIMARY KEY,
  title text NOT NULL,
  body text,
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamp with time zone
);

CREATE FUNCTION bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := OLD.revision + 1;
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
