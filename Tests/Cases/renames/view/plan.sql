-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI005 backwards-incompatible: Renamed view (view: 'active_users' schema: 'public') to 'current_users'

-- monolayer:up
ALTER VIEW public.active_users RENAME TO current_users;

COMMENT ON VIEW public.current_users IS 'who is active';

-- monolayer:down
COMMENT ON VIEW public.current_users IS NULL;

ALTER VIEW public.current_users RENAME TO active_users;
