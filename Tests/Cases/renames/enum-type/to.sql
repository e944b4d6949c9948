-- monolayer: renamed from mood
CREATE TYPE feeling AS ENUM ('sad', 'happy');
CREATE TABLE people (id bigint PRIMARY KEY, mood feeling);
