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

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('players_' || 'team_id') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.players'::regclass AND con.contype = 'n'
             AND con.conname = ('players_' || 'team') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.players', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.teams RENAME COLUMN id TO team_id;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('teams_' || 'team_id') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.teams'::regclass AND con.contype = 'n'
             AND con.conname = ('teams_' || 'id') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.teams', c.conname, c.target);
  END LOOP;
END
$monolayer$;

-- monolayer:down
DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('teams_' || 'id') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.teams'::regclass AND con.contype = 'n'
             AND con.conname = ('teams_' || 'team_id') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.teams', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.teams RENAME COLUMN team_id TO id;

DO $monolayer$
DECLARE c record;
BEGIN
  FOR c IN SELECT con.conname, ('players_' || 'team') || '_not_null' AS target
           FROM pg_catalog.pg_constraint con
           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
           WHERE con.conrelid = 'public.players'::regclass AND con.contype = 'n'
             AND con.conname = ('players_' || 'team_id') || '_not_null'
  LOOP
    EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', 'public.players', c.conname, c.target);
  END LOOP;
END
$monolayer$;

ALTER TABLE public.players RENAME COLUMN team_id TO team;
