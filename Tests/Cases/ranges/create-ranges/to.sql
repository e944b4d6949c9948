-- Every range option but CANONICAL (which needs a shell type): a subtype difference function (built-in
-- and the user's), an operator class, a collation and a multirange name; columns of range and
-- multirange types.
CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8 AS 'SELECT EXTRACT(EPOCH FROM (x - y))' LANGUAGE sql STRICT IMMUTABLE;
CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_subtype_diff);
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TYPE textrange_c AS RANGE (subtype = text, collation = "C", subtype_opclass = text_pattern_ops);
CREATE TYPE price AS RANGE (subtype = numeric, multirange_type_name = price_ranges);
CREATE TYPE span AS RANGE (subtype = integer, subtype_opclass = int4_ops);
CREATE TABLE offers (id bigint PRIMARY KEY, hours timerange, prices price_ranges, spread floatrange, letters textrange_c);
COMMENT ON TYPE price IS 'a price band';
