-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.reservations (
  table_number integer NOT NULL,
  guest text NOT NULL,
  starts_at timestamp with time zone NOT NULL,
  ends_at timestamp with time zone NOT NULL,
  CONSTRAINT reservations_table_number_tstzrange_guest_excl EXCLUDE USING gist (table_number WITH =, tstzrange(starts_at, ends_at) WITH &&) INCLUDE (guest)
);

-- monolayer:down
DROP TABLE public.reservations;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   MF008 might-fail: Added exclusion constraint on an existing table (constraint: 'bookings_no_overlap' table: 'bookings' schema: 'public')

-- monolayer:up
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled);

-- monolayer:down
ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;
