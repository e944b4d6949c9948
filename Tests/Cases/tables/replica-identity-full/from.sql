CREATE TABLE audit_events (id bigint PRIMARY KEY, payload jsonb NOT NULL);
CREATE TABLE sessions (token text NOT NULL, user_id bigint NOT NULL);
