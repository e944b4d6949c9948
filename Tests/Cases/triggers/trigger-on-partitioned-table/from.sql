CREATE TABLE events (
  id bigint NOT NULL,
  happened_on date NOT NULL,
  payload text
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
