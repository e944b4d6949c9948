CREATE EXTENSION btree_gist;

CREATE TABLE rooms (
    id integer NOT NULL,
    available daterange NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, available WITHOUT OVERLAPS)
);

CREATE TABLE bookings (
    id integer NOT NULL,
    room_id integer NOT NULL,
    stay daterange NOT NULL
);
