CREATE TABLE counters (id bigint PRIMARY KEY, value bigint NOT NULL DEFAULT 1);
