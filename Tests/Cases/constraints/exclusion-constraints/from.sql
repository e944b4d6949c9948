CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (
    room integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false
);
