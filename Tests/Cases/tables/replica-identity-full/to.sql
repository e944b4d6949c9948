-- Logical replication of a table without a key (sessions) needs the whole old row; audit_events
-- stops sending old keys at all.
CREATE TABLE audit_events (id bigint PRIMARY KEY, payload jsonb NOT NULL);
ALTER TABLE audit_events REPLICA IDENTITY NOTHING;
CREATE TABLE sessions (token text NOT NULL, user_id bigint NOT NULL);
ALTER TABLE ONLY sessions REPLICA IDENTITY FULL;
