-- `(f(t)).*` where f returns a table's row: PostgreSQL stores one column per column of that row and
-- prints `(f(editor.*)).id AS id, ...`; the bare `editor` argument is the whole row (MusicBrainz does this).
CREATE TABLE editor (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    email character varying(64),
    password text
);

CREATE FUNCTION sanitize_editor(e editor) RETURNS editor
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    e.password := NULL;
    RETURN e;
END
$$;

CREATE VIEW editor_sanitized AS
    SELECT (sanitize_editor(editor)).*
    FROM editor;
