-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'angry' BEFORE 'sad';

ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ok' AFTER 'sad';

ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy';

-- monolayer:down
-- cannot be undone: ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy'

-- cannot be undone: ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ok' AFTER 'sad'

-- cannot be undone: ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'angry' BEFORE 'sad'
