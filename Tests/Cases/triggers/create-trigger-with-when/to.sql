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

CREATE TRIGGER documents_bump_revision
  BEFORE UPDATE OF title, body ON documents
  FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.body IS DISTINCT FROM NEW.body)
  EXECUTE FUNCTION bump_revision();
