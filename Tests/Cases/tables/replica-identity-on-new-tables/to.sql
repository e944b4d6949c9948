-- New tables: the identity follows the table, or the index it names, in expand.
CREATE TABLE events (id bigint NOT NULL, body text);
ALTER TABLE events REPLICA IDENTITY FULL;
CREATE TABLE users (id bigint NOT NULL, email text NOT NULL, CONSTRAINT users_email_key UNIQUE (email));
ALTER TABLE users REPLICA IDENTITY USING INDEX users_email_key;
CREATE TABLE teams (id bigint NOT NULL, slug text NOT NULL);
CREATE UNIQUE INDEX teams_slug_idx ON teams (slug);
ALTER TABLE teams REPLICA IDENTITY USING INDEX teams_slug_idx;
