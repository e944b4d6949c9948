CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE people (id bigint PRIMARY KEY, mood mood);
CREATE VIEW happy_people AS SELECT id FROM people WHERE mood = 'happy';
