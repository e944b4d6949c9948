CREATE UNLOGGED TABLE rate_limits (id bigint NOT NULL, points double precision NOT NULL) WITH (fillfactor='50');
ALTER TABLE rate_limits SET (autovacuum_vacuum_scale_factor = 0.01);
CREATE TABLE new_limits (id bigint NOT NULL) WITH (fillfactor=70, autovacuum_enabled=false);
