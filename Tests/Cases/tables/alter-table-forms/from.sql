CREATE TABLE customers (id integer PRIMARY KEY, legacy_code text, name text);
CREATE TABLE measurements (id bigint NOT NULL, taken_on date NOT NULL) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
