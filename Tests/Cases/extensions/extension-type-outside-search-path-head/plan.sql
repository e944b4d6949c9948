-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public;

CREATE TABLE app.medium_index (
  medium integer NOT NULL,
  toc public.cube
);

CREATE FUNCTION app.bounding_cube(durations integer[]) RETURNS cube
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    point cube;
BEGIN
    point := cube(array_length(durations, 1));
    RETURN point;
END
$$;

-- monolayer:down
DROP FUNCTION app.bounding_cube(integer[]);

DROP TABLE app.medium_index;

DROP EXTENSION IF EXISTS cube;

DROP SCHEMA app;
