-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TEXT SEARCH CONFIGURATION public.bare (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.bare ADD MAPPING FOR asciiword WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION public.bare ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.bare ADD MAPPING FOR word WITH english_stem, simple;

CREATE TEXT SEARCH CONFIGURATION public.copy_of_copy (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.copy_of_copy ADD MAPPING FOR asciiword WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION public.copy_of_copy ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.copy_of_copy ADD MAPPING FOR word WITH english_stem, simple;

CREATE TEXT SEARCH CONFIGURATION public.english_copy (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR asciiword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR hword_part WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.english_copy ADD MAPPING FOR word WITH english_stem;

CREATE TEXT SEARCH CONFIGURATION public.russian_copy (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR hword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR hword_part WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.russian_copy ADD MAPPING FOR word WITH simple;

CREATE TEXT SEARCH CONFIGURATION public.simple_copy (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR asciihword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR asciiword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR hword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR hword_asciipart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR hword_part WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.simple_copy ADD MAPPING FOR word WITH simple;

CREATE TABLE public.documents (
  id bigint NOT NULL,
  body text,
  words tsvector GENERATED ALWAYS AS (to_tsvector('public.bare'::regconfig, body)) STORED,
  CONSTRAINT documents_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.documents;

DROP TEXT SEARCH CONFIGURATION public.simple_copy;

DROP TEXT SEARCH CONFIGURATION public.russian_copy;

DROP TEXT SEARCH CONFIGURATION public.english_copy;

DROP TEXT SEARCH CONFIGURATION public.copy_of_copy;

DROP TEXT SEARCH CONFIGURATION public.bare;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON TEXT SEARCH CONFIGURATION public.bare IS 'words and integers only';

-- monolayer:down

