-- monolayer: renamed from positive
CREATE DOMAIN positive_int AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
-- monolayer: renamed from pair
CREATE TYPE int_pair AS (a integer, b integer);
CREATE TABLE t (id bigint PRIMARY KEY, n positive_int, p int_pair, q int_pair);
