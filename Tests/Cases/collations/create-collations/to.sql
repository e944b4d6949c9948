-- libc collations, written three ways, and one used by a composite type (so it must come first).
CREATE COLLATION c_locale (provider = libc, locale = 'C');
CREATE COLLATION mixed (lc_collate = 'C', lc_ctype = 'POSIX');
CREATE COLLATION posix_copy FROM "POSIX";
CREATE COLLATION public.c_copy FROM c_locale;
CREATE TYPE labelled AS (label text COLLATE c_locale, code text COLLATE "C");
COMMENT ON COLLATION c_locale IS 'byte order';
