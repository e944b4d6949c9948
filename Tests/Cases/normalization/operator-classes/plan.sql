-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE app.products (
  id bigint NOT NULL,
  name text NOT NULL,
  code character varying(20),
  tags text[],
  notes jsonb,
  during tsrange,
  CONSTRAINT products_no_overlap EXCLUDE USING gist (during range_ops WITH &&),
  CONSTRAINT products_pkey PRIMARY KEY (id)
);

CREATE INDEX products_code ON app.products USING btree (code text_ops);

CREATE INDEX products_code_pattern ON app.products USING btree (code varchar_pattern_ops);

CREATE INDEX products_name ON app.products USING btree (name text_ops);

CREATE INDEX products_name_hash ON app.products USING hash (name pg_catalog.text_ops);

CREATE INDEX products_name_trgm ON app.products USING gin (name gin_trgm_ops);

CREATE INDEX products_note_text ON app.products USING gist ((notes ->> 'text') gist_trgm_ops);

CREATE INDEX products_notes ON app.products USING gin (notes jsonb_path_ops);

CREATE INDEX products_tags ON app.products USING gin (tags array_ops);

-- monolayer:down
DROP INDEX IF EXISTS app.products_tags;

DROP INDEX IF EXISTS app.products_notes;

DROP INDEX IF EXISTS app.products_note_text;

DROP INDEX IF EXISTS app.products_name_trgm;

DROP INDEX IF EXISTS app.products_name_hash;

DROP INDEX IF EXISTS app.products_name;

DROP INDEX IF EXISTS app.products_code_pattern;

DROP INDEX IF EXISTS app.products_code;

DROP TABLE app.products;

DROP EXTENSION IF EXISTS pg_trgm;

DROP SCHEMA app;
