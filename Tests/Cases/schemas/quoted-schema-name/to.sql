CREATE SCHEMA "Reporting Data";
CREATE TABLE "Reporting Data"."Daily Totals" ("Day" date PRIMARY KEY, "select" integer);
