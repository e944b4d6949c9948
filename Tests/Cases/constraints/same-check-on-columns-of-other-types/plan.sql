-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.labels (
  a text,
  CONSTRAINT labels_a_check CHECK (a::numeric > 0)
);

-- monolayer:down
DROP TABLE public.labels;
