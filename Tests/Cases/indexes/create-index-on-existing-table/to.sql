CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz);
CREATE INDEX events_created_at_idx ON events (created_at DESC);
