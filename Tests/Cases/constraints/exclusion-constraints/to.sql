-- Exclusion constraints: on a new table inline, on an existing one in alter (no NOT VALID exists for
-- them, so warning MF008), with an expression key, INCLUDE and a WHERE predicate.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (
    room integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled)
);

CREATE TABLE reservations (
    table_number integer NOT NULL,
    guest text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    EXCLUDE USING gist (table_number WITH =, tstzrange(starts_at, ends_at) WITH &&) INCLUDE (guest)
);
