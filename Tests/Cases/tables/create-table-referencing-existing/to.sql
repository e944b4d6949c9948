CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE sessions (
    token text PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
