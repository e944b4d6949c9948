-- PostgreSQL has no cast from one enum to another: the values go through text.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE feeling AS ENUM ('happy', 'sad', 'calm');
CREATE TABLE people (id bigint PRIMARY KEY, current feeling, history feeling[]);
