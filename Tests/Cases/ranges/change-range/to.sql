-- A range type cannot be altered: dropped and created.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
