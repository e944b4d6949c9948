CREATE COLLATION c_locale (provider = libc, locale = 'C');
CREATE COLLATION kept (provider = libc, locale = 'POSIX');
COMMENT ON COLLATION c_locale IS 'byte order';
