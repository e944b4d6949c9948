-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   BI004 backwards-incompatible: Renamed column (column: 'team' table: 'players' schema: 'public') to 'team_id'
--   BI004 backwards-incompatible: Renamed column (column: 'id' table: 'teams' schema: 'public') to 'team_id'

-- monolayer:up
ALTER TABLE public.players RENAME COLUMN team TO team_id;

ALTER TABLE public.teams RENAME COLUMN id TO team_id;

-- monolayer:down
ALTER TABLE public.teams RENAME COLUMN team_id TO id;

ALTER TABLE public.players RENAME COLUMN team_id TO team;
