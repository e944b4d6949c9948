CREATE TABLE teams (id bigint, CONSTRAINT teams_pkey PRIMARY KEY (id));
CREATE TABLE players (id bigint PRIMARY KEY, team bigint CONSTRAINT players_team_fkey REFERENCES teams (id));
