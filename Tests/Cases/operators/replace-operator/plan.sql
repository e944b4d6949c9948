-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D017 destructive: Dropped and recreated operator public.~<<(text, text)

-- monolayer:up
DROP OPERATOR public.~<<(text, text);
CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_texticregexeq,
    LEFTARG = text,
    RIGHTARG = text,
    RESTRICT = regexeqsel,
    JOIN = regexeqjoinsel
);

-- monolayer:down
DROP OPERATOR public.~<<(text, text);
CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);
