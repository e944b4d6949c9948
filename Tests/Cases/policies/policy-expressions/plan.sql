-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TYPE public.visibility AS ENUM ('public', 'members', 'private');

CREATE TABLE public.boards (
  id bigint NOT NULL,
  team text NOT NULL,
  shown public.visibility DEFAULT 'private' NOT NULL,
  created date,
  CONSTRAINT boards_pkey PRIMARY KEY (id)
);

CREATE TABLE public.members (
  team text NOT NULL,
  member text NOT NULL,
  CONSTRAINT members_pkey PRIMARY KEY (team, member)
);

SET LOCAL check_function_bodies = off;
CREATE FUNCTION public.is_admin() RETURNS boolean LANGUAGE sql STABLE AS 'SELECT current_user = ''admin''';

-- monolayer:down
DROP FUNCTION public.is_admin();

DROP TABLE public.members;

DROP TABLE public.boards;

DROP TYPE public.visibility;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE POLICY admins ON public.boards AS PERMISSIVE FOR ALL TO PUBLIC USING (public.is_admin()) WITH CHECK (is_admin() AND created >= '2020-01-01');

CREATE POLICY shown_to_all ON public.boards AS PERMISSIVE FOR SELECT TO PUBLIC USING (shown = 'public');

CREATE POLICY team_in ON public.boards AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (team IN ('red', 'blue') AND id > 0::bigint);

CREATE POLICY team_members ON public.boards AS PERMISSIVE FOR SELECT TO monolayer_reader USING (shown = 'members' AND EXISTS (SELECT 1 FROM members m WHERE m.team = boards.team AND member = current_user));

ALTER TABLE public.boards ENABLE ROW LEVEL SECURITY;

-- monolayer:down
ALTER TABLE public.boards DISABLE ROW LEVEL SECURITY;

DROP POLICY team_members ON public.boards;

DROP POLICY team_in ON public.boards;

DROP POLICY shown_to_all ON public.boards;

DROP POLICY admins ON public.boards;
