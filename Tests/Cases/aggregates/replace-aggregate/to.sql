-- A new initial state and parallel safety: replaced in place, so the view that uses it stays.
CREATE FUNCTION _group_concat(text, text) RETURNS text AS $$
SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 IS NULL THEN $2 ELSE $1 || ', ' || $2 END
$$ LANGUAGE sql IMMUTABLE;
CREATE AGGREGATE group_concat(text) (SFUNC = _group_concat, STYPE = text, INITCOND = '', PARALLEL = SAFE);
CREATE TABLE people (name text);
CREATE VIEW everyone AS SELECT group_concat(name) AS names FROM people;
