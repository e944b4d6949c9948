-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE COLLATION public.c_copy (provider = libc, lc_collate = 'C', lc_ctype = 'C');

CREATE COLLATION public.c_locale (provider = libc, lc_collate = 'C', lc_ctype = 'C');

CREATE COLLATION public.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');

CREATE COLLATION public.posix_copy (provider = libc, lc_collate = 'POSIX', lc_ctype = 'POSIX');

CREATE TYPE public.labelled AS (label text COLLATE public.c_locale, code text COLLATE pg_catalog."C");

-- monolayer:down
DROP TYPE public.labelled;

DROP COLLATION public.posix_copy;

DROP COLLATION public.mixed;

DROP COLLATION public.c_locale;

DROP COLLATION public.c_copy;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON COLLATION public.c_locale IS 'byte order';

-- monolayer:down

