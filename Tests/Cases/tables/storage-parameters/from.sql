CREATE TABLE rate_limits (id bigint NOT NULL, points double precision NOT NULL) WITH (autovacuum_enabled = false);
