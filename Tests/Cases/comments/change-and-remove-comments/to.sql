CREATE TABLE notes (id bigint PRIMARY KEY, body text, author text);
COMMENT ON TABLE notes IS 'New';
COMMENT ON COLUMN notes.author IS 'Who wrote it';
