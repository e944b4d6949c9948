-- An index on an existing multi-level partitioned table: ON ONLY on each partitioned level, CONCURRENTLY on leaves.
CREATE TABLE logs (region text NOT NULL, logged_at date NOT NULL, line text) PARTITION BY LIST (region);
CREATE TABLE logs_eu PARTITION OF logs FOR VALUES IN ('eu') PARTITION BY RANGE (logged_at);
CREATE TABLE logs_eu_2024 PARTITION OF logs_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_us PARTITION OF logs FOR VALUES IN ('us');
CREATE UNIQUE INDEX logs_region_logged_at_line_key ON logs (region, logged_at, line);
