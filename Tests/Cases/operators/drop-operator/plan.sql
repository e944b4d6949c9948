-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D017 destructive: Dropped operator public.~<<(text, text)

-- monolayer:up
DROP OPERATOR public.~<<(text, text);

-- monolayer:down
CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);
