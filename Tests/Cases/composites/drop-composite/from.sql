CREATE TYPE inner_type AS (x integer);
CREATE TYPE outer_type AS (i inner_type, y text);
CREATE TYPE kept AS (z integer);
COMMENT ON TYPE outer_type IS 'goes away';
