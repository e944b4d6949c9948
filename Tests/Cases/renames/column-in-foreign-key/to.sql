CREATE TABLE teams (
    -- monolayer: renamed from id
    team_id bigint,
    CONSTRAINT teams_pkey PRIMARY KEY (team_id)
);
CREATE TABLE players (
    id bigint PRIMARY KEY,
    -- monolayer: renamed from team
    team_id bigint CONSTRAINT players_team_fkey REFERENCES teams (team_id)
);
