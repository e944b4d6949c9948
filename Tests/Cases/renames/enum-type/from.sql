CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id bigint PRIMARY KEY, mood mood);
