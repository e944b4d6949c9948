-- Keys declared the long way: a unique index, then a constraint that takes it over.
CREATE TABLE users (id bigint NOT NULL, email text, handle text);
CREATE UNIQUE INDEX users_id_idx ON users (id);
ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;
CREATE UNIQUE INDEX users_email_key ON users (email);
ALTER TABLE users ADD UNIQUE USING INDEX users_email_key;
