-- A child inherits columns (with defaults and NOT NULL) and CHECK constraints from both parents.
CREATE TABLE cities (name text NOT NULL, population integer DEFAULT 0 CHECK (population >= 0));
CREATE TABLE tagged (tags text[] NOT NULL DEFAULT '{}');
CREATE TABLE capitals (state char(2) NOT NULL, population integer DEFAULT 1) INHERITS (cities, tagged);
