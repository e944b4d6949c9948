-- Changed and dropped indexes of a partitioned table: no CONCURRENTLY (PostgreSQL refuses it there).
CREATE TABLE tickets (id bigint NOT NULL, status text NOT NULL) PARTITION BY LIST (status);
CREATE TABLE tickets_open PARTITION OF tickets FOR VALUES IN ('open');
CREATE INDEX tickets_status_idx ON tickets (status, id);
