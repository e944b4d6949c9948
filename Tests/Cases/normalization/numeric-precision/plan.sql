-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.measures (
  id bigint NOT NULL,
  whole numeric(10,0),
  price numeric(12,0) DEFAULT 42.195,
  exact numeric(15,4),
  rounded numeric GENERATED ALWAYS AS (exact::numeric(8)) STORED,
  CONSTRAINT measures_pkey PRIMARY KEY (id)
);

-- monolayer:down
DROP TABLE public.measures;
