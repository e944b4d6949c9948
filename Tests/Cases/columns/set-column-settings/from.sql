CREATE TABLE posts (id bigint PRIMARY KEY, body text, state_group bigint, finished_at timestamptz);
