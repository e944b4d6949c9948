-- A view reads a column whose enum loses a value: the enum is rebuilt and the column converted, which
-- PostgreSQL refuses while a view uses the column, so the view is dropped before and created after.
CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE people (id bigint PRIMARY KEY, mood mood);
CREATE VIEW happy_people AS SELECT id FROM people WHERE mood = 'happy';
