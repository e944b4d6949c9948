CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE FUNCTION reverse_texticregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $_$ SELECT texticregexeq($2, $1); $_$;
