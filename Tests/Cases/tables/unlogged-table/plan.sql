-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE UNLOGGED TABLE public.cache_entries (
  key text NOT NULL,
  value jsonb,
  expires_at timestamp with time zone,
  CONSTRAINT cache_entries_pkey PRIMARY KEY (key)
);

-- monolayer:down
DROP TABLE public.cache_entries;
