CREATE TABLE posts (id bigint PRIMARY KEY, body text, state_group bigint, finished_at timestamptz, added text);
ALTER TABLE posts ALTER COLUMN finished_at SET STATISTICS 50;
ALTER TABLE posts ALTER COLUMN state_group SET (n_distinct_inherited=-0.5);
