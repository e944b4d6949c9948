-- A new state type cannot be replaced in place: dropped and created.
CREATE AGGREGATE collect(integer) (SFUNC = int4pl, STYPE = integer);
