CREATE TABLE counters (id bigint PRIMARY KEY, value integer NOT NULL DEFAULT 0);
