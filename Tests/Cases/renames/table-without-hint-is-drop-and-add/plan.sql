-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.customers (
  id bigint NOT NULL,
  CONSTRAINT customers_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.customers;

-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D002 destructive: Dropped table (table: 'accounts' schema: 'public')

-- monolayer:up
DROP TABLE public.accounts;

-- monolayer:down
CREATE TABLE public.accounts (
  id bigint NOT NULL,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
