-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA app;

CREATE TYPE app.mood AS ENUM ('happy', 'sad');

CREATE DOMAIN app.positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);

CREATE SEQUENCE app.counter AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE app.accounts (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  owner text NOT NULL,
  balance numeric,
  secret text,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';

SET LOCAL check_function_bodies = off;
CREATE PROCEDURE app.reset() LANGUAGE sql AS 'SELECT 1';

CREATE VIEW app.account_owners AS
SELECT id, owner FROM app.accounts;

REVOKE EXECUTE ON ROUTINE app.add(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE app.add(integer, integer) TO monolayer_reader;

REVOKE EXECUTE ON ROUTINE app.reset() FROM PUBLIC;

GRANT USAGE ON SCHEMA app TO monolayer_reader;
GRANT USAGE ON SCHEMA app TO monolayer_writer;
GRANT CREATE ON SCHEMA app TO monolayer_writer WITH GRANT OPTION;

GRANT SELECT, UPDATE, USAGE ON SEQUENCE app.accounts_id_seq TO monolayer_writer;

GRANT SELECT, USAGE ON SEQUENCE app.counter TO monolayer_writer;

GRANT SELECT ON TABLE app.account_owners TO PUBLIC;

GRANT SELECT ON TABLE app.accounts TO monolayer_reader;
GRANT ALL ON TABLE app.accounts TO monolayer_writer;

GRANT SELECT (id) ON TABLE app.accounts TO monolayer_auditor;

GRANT SELECT (owner), UPDATE (owner) ON TABLE app.accounts TO monolayer_auditor;

REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO monolayer_reader WITH GRANT OPTION;

GRANT USAGE ON TYPE app.positive TO monolayer_writer;

-- monolayer:down
DROP VIEW app.account_owners;

DROP PROCEDURE app.reset();

DROP FUNCTION app.add(integer, integer);

DROP TABLE app.accounts;

DROP SEQUENCE IF EXISTS app.counter;

DROP DOMAIN app.positive;

DROP TYPE app.mood;

DROP SCHEMA app;
