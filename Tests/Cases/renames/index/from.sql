CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX events_at ON events (at);
