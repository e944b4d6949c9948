-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE TYPE app.state AS ENUM ('on', 'off');

CREATE SEQUENCE app.numbers AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE app.things (
  id bigint NOT NULL,
  state app.state,
  CONSTRAINT things_id_check CHECK (id > 0),
  CONSTRAINT things_pkey PRIMARY KEY (id)
);

CREATE INDEX things_state_idx ON app.things USING btree (state);

-- monolayer:down
DROP INDEX IF EXISTS app.things_state_idx;

DROP TABLE app.things;

DROP SEQUENCE IF EXISTS app.numbers;

DROP TYPE app.state;

DROP SCHEMA app;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON COLUMN app.things.state IS 'It''s the state';

COMMENT ON CONSTRAINT things_id_check ON app.things IS 'Positive ids';

COMMENT ON INDEX app.things_state_idx IS 'By state';

COMMENT ON SCHEMA app IS 'Application data';

COMMENT ON SEQUENCE app.numbers IS 'Numbers';

COMMENT ON TABLE app.things IS 'Things we track';

COMMENT ON TYPE app.state IS 'On or off';

-- monolayer:down

