-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.logs (
  region text NOT NULL,
  logged_at date NOT NULL,
  line text
) PARTITION BY LIST (region);

CREATE TABLE public.logs_eu PARTITION OF public.logs FOR VALUES IN ('eu') PARTITION BY RANGE (logged_at);

CREATE TABLE public.logs_eu_2024 PARTITION OF public.logs_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE public.logs_us PARTITION OF public.logs FOR VALUES IN ('us');

-- monolayer:down
DROP TABLE public.logs_us;

DROP TABLE public.logs_eu_2024;

DROP TABLE public.logs_eu;

DROP TABLE public.logs;
