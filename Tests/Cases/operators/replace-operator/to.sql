CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE FUNCTION reverse_texticregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $_$ SELECT texticregexeq($2, $1); $_$;
-- Now case-insensitive, with estimators: PostgreSQL cannot change the function in place.
CREATE OPERATOR ~<< (FUNCTION = reverse_texticregexeq, LEFTARG = text, RIGHTARG = text, RESTRICT = regexeqsel, JOIN = regexeqjoinsel);
