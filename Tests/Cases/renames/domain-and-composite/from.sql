CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b integer);
CREATE TABLE t (id bigint PRIMARY KEY, n positive, p pair);
