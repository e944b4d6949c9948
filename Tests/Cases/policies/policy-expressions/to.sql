CREATE TYPE public.visibility AS ENUM ('public', 'members', 'private');
CREATE TABLE public.members (team text NOT NULL, member text NOT NULL, PRIMARY KEY (team, member));
CREATE TABLE public.boards (id bigint PRIMARY KEY, team text NOT NULL, shown public.visibility NOT NULL DEFAULT 'private', created date);
CREATE FUNCTION public.is_admin() RETURNS boolean LANGUAGE sql STABLE AS 'SELECT current_user = ''admin''';
ALTER TABLE public.boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY shown_to_all ON public.boards FOR SELECT USING (shown = 'public');
CREATE POLICY team_members ON public.boards FOR SELECT TO monolayer_reader
    USING (shown = 'members' AND EXISTS (SELECT 1 FROM members m WHERE m.team = boards.team AND member = current_user));
CREATE POLICY admins ON public.boards USING (public.is_admin()) WITH CHECK (is_admin() AND created >= '2020-01-01');
CREATE POLICY team_in ON public.boards AS RESTRICTIVE FOR INSERT WITH CHECK (team IN ('red', 'blue') AND id > 0::bigint);
