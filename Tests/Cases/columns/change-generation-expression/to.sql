CREATE TABLE t (id bigint PRIMARY KEY, a integer, doubled integer GENERATED ALWAYS AS (a * 3) STORED);
