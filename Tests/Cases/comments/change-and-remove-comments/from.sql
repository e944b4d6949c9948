CREATE TABLE notes (id bigint PRIMARY KEY, body text, author text);
COMMENT ON TABLE notes IS 'Old';
COMMENT ON COLUMN notes.body IS 'Text';
