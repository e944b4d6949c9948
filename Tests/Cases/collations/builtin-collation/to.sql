-- The builtin provider (PostgreSQL 17+).
CREATE COLLATION c_builtin (provider = builtin, locale = 'C');
CREATE COLLATION utf8_builtin (provider = builtin, locale = 'C.UTF-8');
