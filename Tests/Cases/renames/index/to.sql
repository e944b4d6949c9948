CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz);
-- monolayer: renamed from events_at
CREATE INDEX events_at_idx ON events (at);
