CREATE TABLE teams (id bigint PRIMARY KEY, lead_id bigint);
CREATE TABLE people (id bigint PRIMARY KEY, team_id bigint REFERENCES teams (id), mentor_id bigint REFERENCES people);
ALTER TABLE teams ADD CONSTRAINT teams_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES people (id);
