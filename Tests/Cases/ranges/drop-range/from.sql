CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = floatranges);
COMMENT ON TYPE floatrange IS 'goes away';
