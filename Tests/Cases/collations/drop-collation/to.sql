CREATE COLLATION kept (provider = libc, locale = 'POSIX');
