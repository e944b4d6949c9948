CREATE TABLE users (id bigint PRIMARY KEY, mail text, name text);
CREATE UNIQUE INDEX users_mail_key ON users (mail);
COMMENT ON COLUMN users.mail IS 'contact';
