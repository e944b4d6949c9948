-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE public.accounts (
  id bigint NOT NULL,
  email public.citext NOT NULL,
  CONSTRAINT accounts_email_key UNIQUE (email),
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.accounts;

DROP EXTENSION IF EXISTS citext;
