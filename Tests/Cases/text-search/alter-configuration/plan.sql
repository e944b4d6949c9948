-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TEXT SEARCH CONFIGURATION public.bare ALTER MAPPING FOR asciiword WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION public.bare ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.bare DROP MAPPING FOR "int";
ALTER TEXT SEARCH CONFIGURATION public.bare ALTER MAPPING FOR word WITH english_stem, simple;

-- monolayer:down
ALTER TEXT SEARCH CONFIGURATION public.bare ALTER MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.bare DROP MAPPING FOR email;
ALTER TEXT SEARCH CONFIGURATION public.bare ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.bare ALTER MAPPING FOR word WITH english_stem;
