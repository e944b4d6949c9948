-- A collation set on one column and removed from another: ALTER COLUMN ... TYPE ... COLLATE.
CREATE COLLATION c_locale (provider = libc, locale = 'C');
CREATE TABLE names (id bigint PRIMARY KEY, name text COLLATE c_locale, code text);
