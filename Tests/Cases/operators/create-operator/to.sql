-- Danbooru's reverse regex match: `pattern ~<< text`, and an index that uses a user function.
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT textregexeq($2, $1); $_$;

CREATE OPERATOR ~<< (
    FUNCTION = reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);

CREATE FUNCTION int_close(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT abs($1 - $2) < 2 $$;

-- Every option: a commutator declared in the same files (itself), a built-in negator and selectivity
-- estimators, HASHES and MERGES off by default.
CREATE OPERATOR public.=~= (
    FUNCTION = public.int_close,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = =~=,
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);

-- A prefix operator (no LEFTARG).
CREATE FUNCTION negate_text(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT reverse($1) $$;
CREATE OPERATOR !- (FUNCTION = negate_text, RIGHTARG = text);
