-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE app.users (
  id bigint NOT NULL,
  code text DEFAULT soundex('monolayer') NOT NULL,
  name text NOT NULL,
  created timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'),
  CONSTRAINT users_name_not_key CHECK (similarity(name, 'admin') < 0.9),
  CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE INDEX users_name_trigrams ON app.users USING btree (show_trgm(name));

-- monolayer:down
DROP INDEX IF EXISTS app.users_name_trigrams;

DROP TABLE app.users;

DROP EXTENSION IF EXISTS pg_trgm;

DROP EXTENSION IF EXISTS fuzzystrmatch;

DROP SCHEMA app;
