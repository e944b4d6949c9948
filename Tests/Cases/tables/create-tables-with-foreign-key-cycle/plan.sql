-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.people (
  id bigint NOT NULL,
  team_id bigint,
  mentor_id bigint,
  CONSTRAINT people_mentor_id_fkey FOREIGN KEY (mentor_id) REFERENCES public.people (id),
  CONSTRAINT people_pkey PRIMARY KEY (id)
);

CREATE TABLE public.teams (
  id bigint NOT NULL,
  lead_id bigint,
  CONSTRAINT teams_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES public.people (id),
  CONSTRAINT teams_pkey PRIMARY KEY (id)
);

ALTER TABLE public.people ADD CONSTRAINT people_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams (id);

-- monolayer:down
ALTER TABLE public.people DROP CONSTRAINT people_team_id_fkey;

DROP TABLE public.teams;

DROP TABLE public.people;
