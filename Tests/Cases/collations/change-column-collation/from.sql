CREATE COLLATION c_locale (provider = libc, locale = 'C');
CREATE TABLE names (id bigint PRIMARY KEY, name text, code text COLLATE "C");
