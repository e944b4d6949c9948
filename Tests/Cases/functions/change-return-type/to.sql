CREATE FUNCTION item_count(list text[]) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT cardinality(list)::bigint';
