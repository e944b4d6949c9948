CREATE AGGREGATE collect(integer) (SFUNC = array_append, STYPE = integer[], INITCOND = '{}');
