-- A domain without constraints over the column's own type: nothing to check, nothing to rewrite.
CREATE DOMAIN email AS text;
CREATE TABLE users (id bigint PRIMARY KEY, address email);
