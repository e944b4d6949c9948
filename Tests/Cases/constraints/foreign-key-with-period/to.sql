-- Temporal keys (PostgreSQL 18): a booking's stay must lie within the times its room is available.
CREATE EXTENSION btree_gist;

CREATE TABLE rooms (
    id integer NOT NULL,
    available daterange NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id, available WITHOUT OVERLAPS)
);

CREATE TABLE bookings (
    id integer NOT NULL,
    room_id integer NOT NULL,
    stay daterange NOT NULL,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, PERIOD stay) REFERENCES rooms (id, PERIOD available)
);

CREATE TABLE room_rates (
    room_id integer NOT NULL,
    valid daterange NOT NULL,
    cents integer NOT NULL,
    CONSTRAINT room_rates_once UNIQUE (room_id, valid WITHOUT OVERLAPS),
    CONSTRAINT room_rates_room_fkey FOREIGN KEY (room_id, PERIOD valid) REFERENCES rooms (id, PERIOD available)
);
