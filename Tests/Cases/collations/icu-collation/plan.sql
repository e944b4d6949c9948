-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE COLLATION public.german (provider = icu, locale = 'de');

CREATE COLLATION public.musicbrainz (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');

CREATE COLLATION public.und_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TYPE public.sortable AS (name text COLLATE public.und_ci);

-- monolayer:down
DROP TYPE public.sortable;

DROP COLLATION public.und_ci;

DROP COLLATION public.musicbrainz;

DROP COLLATION public.german;
