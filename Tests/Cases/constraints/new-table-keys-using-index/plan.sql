-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.accounts (
  id bigint NOT NULL,
  code text NOT NULL,
  CONSTRAINT accounts_code_key UNIQUE (code) DEFERRABLE,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.accounts;
