-- An attribute dropped, one changed (type and collation), one added at the end: all in place.
CREATE TYPE address AS (street text COLLATE "C", city varchar(80), country text);
COMMENT ON COLUMN address.city IS 'town';
