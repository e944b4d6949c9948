-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI006 backwards-incompatible: Renamed type (type: 'status' schema: 'public') to 'post_status'
--   BI007 backwards-incompatible: Renamed enum value 'live' to 'published' (type: 'post_status' schema: 'public')

-- monolayer:up
ALTER TYPE public.status RENAME TO post_status;

ALTER TYPE public.post_status RENAME VALUE 'live' TO 'published';

ALTER TYPE public.post_status ADD VALUE IF NOT EXISTS 'archived' AFTER 'published';

-- monolayer:down
-- cannot be undone: ALTER TYPE public.post_status ADD VALUE IF NOT EXISTS 'archived' AFTER 'published'

ALTER TYPE public.post_status RENAME VALUE 'published' TO 'live';

ALTER TYPE public.post_status RENAME TO status;
