-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.spans (
  a integer,
  b integer,
  c integer,
  CONSTRAINT spans_after_origin CHECK ((a, b) > (0, 0)),
  CONSTRAINT spans_not_corner CHECK (ROW(a, b, c) <> ROW(1, 1, 1)),
  CONSTRAINT spans_pairs CHECK ((a, b) IN ((1, 2), (3, 4)) OR (a, b) = (c, c))
);

CREATE INDEX spans_pair ON public.spans USING btree (a) WHERE (a, b) < (100, 100);

-- monolayer:down
DROP INDEX IF EXISTS public.spans_pair;

DROP TABLE public.spans;
