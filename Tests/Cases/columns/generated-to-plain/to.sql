CREATE TABLE t (id bigint PRIMARY KEY, a integer, doubled integer);
