CREATE TABLE measurements (city_id integer NOT NULL, logged_on date NOT NULL, reading integer) PARTITION BY RANGE (logged_on);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 (city_id integer NOT NULL, logged_on date NOT NULL, reading integer);
ALTER TABLE measurements ATTACH PARTITION measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
