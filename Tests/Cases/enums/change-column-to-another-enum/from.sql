CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE feeling AS ENUM ('happy', 'sad', 'calm');
CREATE TABLE people (id bigint PRIMARY KEY, current mood, history mood[]);
