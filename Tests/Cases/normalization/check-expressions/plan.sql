-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.rules (
  id bigint NOT NULL,
  status character varying(20),
  kind text,
  score integer,
  code text,
  label character varying(50),
  lo integer,
  hi integer,
  CONSTRAINT lower_code CHECK (lower(code) = code OR code ILIKE 'b%'),
  CONSTRAINT range_ok CHECK (lo IS NULL OR hi IS NULL OR (lo <= hi AND hi - lo < 1000)),
  CONSTRAINT rules_code_check CHECK (code LIKE 'A%' AND code NOT LIKE '%Z'),
  CONSTRAINT rules_kind_check CHECK (kind NOT IN ('x', 'y')),
  CONSTRAINT rules_label_check CHECK (length(label) > 2 AND label <> ''),
  CONSTRAINT rules_pkey PRIMARY KEY (id),
  CONSTRAINT rules_score_check CHECK (score BETWEEN 0 AND 100),
  CONSTRAINT rules_status_check CHECK (status IN ('a', 'b', 'c'))
);

-- monolayer:down
DROP TABLE public.rules;
