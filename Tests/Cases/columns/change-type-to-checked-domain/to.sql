-- A domain over the column's own type: rows are checked against the domain, not rewritten.
CREATE DOMAIN quantity AS integer CHECK (VALUE >= 0);
CREATE TABLE stock (id bigint PRIMARY KEY, amount quantity NOT NULL);
