-- CREATE INDEX CONCURRENTLY is refused on a partitioned table: built in one transaction instead.
CREATE TABLE tickets (id bigint NOT NULL, status text NOT NULL) PARTITION BY LIST (status);
CREATE TABLE tickets_open PARTITION OF tickets FOR VALUES IN ('open');
CREATE TABLE tickets_other PARTITION OF tickets DEFAULT;
CREATE INDEX tickets_id_idx ON tickets (id);
CREATE INDEX tickets_lower_status_idx ON tickets (id, lower(status));
ALTER INDEX tickets_lower_status_idx ALTER COLUMN 2 SET STATISTICS 500;
