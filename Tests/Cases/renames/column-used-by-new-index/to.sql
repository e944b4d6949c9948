CREATE TABLE users (
    id bigint PRIMARY KEY,
    -- Renamed for clarity.
    -- monolayer: renamed from mail
    email text,
    name text
);
CREATE UNIQUE INDEX users_mail_key ON users (email);
CREATE INDEX users_email_name_idx ON users (email, name);
COMMENT ON COLUMN users.email IS 'contact address';
