-- Configurations from a parser and from copies (built-in, qualified built-in, the user's own), with every
-- kind of mapping statement; a generated column that names one, so it must exist before the table.
CREATE TEXT SEARCH CONFIGURATION bare (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION bare ADD MAPPING FOR asciiword, word WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION bare ADD MAPPING FOR int WITH simple;
CREATE TEXT SEARCH CONFIGURATION english_copy (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_copy ALTER MAPPING FOR hword, hword_part WITH simple;
ALTER TEXT SEARCH CONFIGURATION english_copy DROP MAPPING FOR email, url, url_path;
ALTER TEXT SEARCH CONFIGURATION english_copy DROP MAPPING IF EXISTS FOR tag;
ALTER TEXT SEARCH CONFIGURATION english_copy ALTER MAPPING FOR asciiword REPLACE english_stem WITH simple;
CREATE TEXT SEARCH CONFIGURATION russian_copy (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION russian_copy ALTER MAPPING REPLACE russian_stem WITH simple;
CREATE TEXT SEARCH CONFIGURATION public.copy_of_copy (COPY = bare);
CREATE TEXT SEARCH CONFIGURATION simple_copy (COPY = simple);
CREATE TABLE documents (id bigint PRIMARY KEY, body text,
                        words tsvector GENERATED ALWAYS AS (to_tsvector('public.bare'::regconfig, body)) STORED);
COMMENT ON TEXT SEARCH CONFIGURATION bare IS 'words and integers only';
