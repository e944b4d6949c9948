-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.editor (
  id integer NOT NULL,
  name character varying(64) NOT NULL,
  email character varying(64),
  password text
);

CREATE FUNCTION public.sanitize_editor(e editor) RETURNS editor
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    e.password := NULL;
    RETURN e;
END
$$;

CREATE VIEW public.editor_sanitized AS
SELECT (sanitize_editor(editor)).*
    FROM editor;

-- monolayer:down
DROP VIEW public.editor_sanitized;

DROP FUNCTION public.sanitize_editor(public.editor);

DROP TABLE public.editor;
