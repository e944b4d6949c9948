-- A partition that is itself partitioned.
CREATE TABLE logs (region text NOT NULL, logged_at date NOT NULL, line text) PARTITION BY LIST (region);
CREATE TABLE logs_eu PARTITION OF logs FOR VALUES IN ('eu') PARTITION BY RANGE (logged_at);
CREATE TABLE logs_eu_2024 PARTITION OF logs_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_us PARTITION OF logs FOR VALUES IN ('us');
