-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.room_rates (
  room_id integer NOT NULL,
  valid daterange NOT NULL,
  cents integer NOT NULL,
  CONSTRAINT room_rates_once UNIQUE (room_id, valid WITHOUT OVERLAPS),
  CONSTRAINT room_rates_room_fkey FOREIGN KEY (room_id, PERIOD valid) REFERENCES public.rooms (id, PERIOD available)
);

-- monolayer:down
DROP TABLE public.room_rates;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF005 might-fail: Added foreign key on an existing table (constraint: 'bookings_room_fkey' table: 'bookings' schema: 'public')

-- monolayer:up
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_fkey FOREIGN KEY (room_id, PERIOD stay) REFERENCES public.rooms (id, PERIOD available) NOT VALID;

-- monolayer:down
ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_fkey;

-- file: alter/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: alter
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
ALTER TABLE public.bookings VALIDATE CONSTRAINT bookings_room_fkey;

-- monolayer:down

