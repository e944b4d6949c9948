-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public."User Accounts" (
  "ID" bigint NOT NULL,
  "order" integer,
  "Full Name" text DEFAULT '' NOT NULL,
  "user" text,
  CONSTRAINT "Positive Order" CHECK ("order" > 0),
  CONSTRAINT "User Accounts_pkey" PRIMARY KEY ("ID")
);

CREATE INDEX "By Name" ON public."User Accounts" USING btree ("Full Name");

-- monolayer:down
DROP INDEX IF EXISTS public."By Name";

DROP TABLE public."User Accounts";
