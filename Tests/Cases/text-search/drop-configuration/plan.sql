-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D016 destructive: Dropped text search configuration (text search configuration: 'english_copy' schema: 'public')

-- monolayer:up
DROP TEXT SEARCH CONFIGURATION public.english_copy;

-- monolayer:down
CREATE TEXT SEARCH CONFIGURATION public.english_copy (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword_part WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR word WITH english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION public.english_copy IS 'goes away';
