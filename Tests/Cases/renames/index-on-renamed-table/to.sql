-- monolayer: renamed from log
CREATE TABLE events (id bigint CONSTRAINT log_pkey PRIMARY KEY, at timestamptz);
-- monolayer: renamed from log_at_idx
CREATE INDEX events_at_idx ON events (at);
