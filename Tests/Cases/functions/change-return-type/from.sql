CREATE FUNCTION item_count(list text[]) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT cardinality(list)';
