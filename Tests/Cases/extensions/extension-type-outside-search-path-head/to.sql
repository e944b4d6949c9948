-- The tables live in `app`, the extension's types in `public`: an unqualified `cube` is public.cube,
-- not app.cube (MusicBrainz's layout).
CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public;
CREATE SCHEMA app;
SET search_path = app, public;

CREATE TABLE medium_index (
    medium integer NOT NULL,
    toc cube
);

CREATE FUNCTION bounding_cube(durations integer[]) RETURNS cube
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    point cube;
BEGIN
    point := cube(array_length(durations, 1));
    RETURN point;
END
$$;
