-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.int_close(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT abs($1 - $2) < 2 $$;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.negate_text(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT reverse($1) $$;

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT textregexeq($2, $1); $_$;

CREATE OPERATOR public.!- (
    FUNCTION = public.negate_text,
    RIGHTARG = text
);

CREATE OPERATOR public.=~= (
    FUNCTION = public.int_close,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.=~=),
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);

CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);

-- monolayer:down
DROP OPERATOR public.~<<(text, text);

DROP OPERATOR public.=~=(integer, integer);

DROP OPERATOR public.!-(NONE, text);

DROP FUNCTION public.reverse_textregexeq(text, text);

DROP FUNCTION public.negate_text(text);

DROP FUNCTION public.int_close(integer, integer);
