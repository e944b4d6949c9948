-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE app.t (
  id integer
);

-- monolayer:down
DROP TABLE app.t;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO monolayer_reader;

ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON SEQUENCES FROM monolayer_auditor;

ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO monolayer_reader;

-- monolayer:down
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT, INSERT ON TABLES FROM monolayer_reader;

ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON SEQUENCES TO monolayer_auditor;

ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SEQUENCES FROM monolayer_reader;

ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
