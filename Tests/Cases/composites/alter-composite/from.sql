CREATE TYPE address AS (street text, city varchar(40), legacy_code integer);
COMMENT ON COLUMN address.city IS 'town';
