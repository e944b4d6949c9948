CREATE TABLE events (id bigint PRIMARY KEY, kind text, at timestamptz);
CREATE INDEX events_lookup_idx ON events (kind);
