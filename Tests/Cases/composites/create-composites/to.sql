-- A composite type using an enum, another composite type (whose name sorts after it, so the plan must
-- order them by dependency), an array and a collation; a table column of the type; comments on the
-- type and an attribute.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE location AS (street text COLLATE "C", city varchar(80), zip char(5));
CREATE TYPE entry AS (at timestamptz, amount numeric(12, 2), place location, tags text[], feeling mood);
CREATE TYPE empty_type AS ();
CREATE TABLE ledger (id bigint PRIMARY KEY, first_entry entry, entries entry[]);
COMMENT ON TYPE entry IS 'one ledger line';
COMMENT ON COLUMN location.zip IS 'postal code';
