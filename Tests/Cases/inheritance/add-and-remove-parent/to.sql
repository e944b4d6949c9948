CREATE TABLE cities (name text NOT NULL, population integer);
CREATE TABLE archived (name text NOT NULL, population integer);
CREATE TABLE capitals (name text NOT NULL, population integer, state char(2)) INHERITS (archived);
