-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D014 destructive: Dropped collation (collation: 'c_locale' schema: 'public')

-- monolayer:up
DROP COLLATION public.c_locale;

-- monolayer:down
CREATE COLLATION public.c_locale (provider = libc, lc_collate = 'C', lc_ctype = 'C');
COMMENT ON COLLATION public.c_locale IS 'byte order';
