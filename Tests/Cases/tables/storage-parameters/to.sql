-- Storage parameters are planned in name order (PostgreSQL keeps them in the order given, which
-- pg_dump shows), hence the order here.
CREATE UNLOGGED TABLE rate_limits (id bigint NOT NULL, points double precision NOT NULL) WITH (fillfactor='50');
CREATE TABLE new_limits (id bigint NOT NULL) WITH (autovacuum_enabled=false, fillfactor=70);
