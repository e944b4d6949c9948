-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE SCHEMA "Reporting Data";

CREATE TABLE "Reporting Data"."Daily Totals" (
  "Day" date NOT NULL,
  "select" integer,
  CONSTRAINT "Daily Totals_pkey" PRIMARY KEY ("Day")
);

-- monolayer:down
DROP TABLE "Reporting Data"."Daily Totals";

DROP SCHEMA "Reporting Data";
