-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA billing;

CREATE TABLE billing.invoices (
  id bigint NOT NULL,
  total numeric(12,2) NOT NULL,
  CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE billing.invoices;

DROP SCHEMA billing;
