CREATE TABLE log (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX log_at_idx ON log (at);
