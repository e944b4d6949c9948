CREATE TABLE old_logs (id bigint PRIMARY KEY, message text);
CREATE INDEX old_logs_message_idx ON old_logs (message);
