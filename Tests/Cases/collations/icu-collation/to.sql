-- ICU collations as MusicBrainz declares them (case-insensitive, non-deterministic), and one copied
-- from a built-in ICU collation.
CREATE COLLATION musicbrainz (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');
CREATE COLLATION und_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german FROM "de-x-icu";
CREATE TYPE sortable AS (name text COLLATE und_ci);
