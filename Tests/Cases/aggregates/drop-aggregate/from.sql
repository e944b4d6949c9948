CREATE FUNCTION _median(integer[]) RETURNS integer AS 'SELECT $1[1]' LANGUAGE sql IMMUTABLE;
CREATE AGGREGATE median(integer) (SFUNC = array_append, STYPE = integer[], FINALFUNC = _median, INITCOND = '{}');
COMMENT ON AGGREGATE median(integer) IS 'the middle value';
