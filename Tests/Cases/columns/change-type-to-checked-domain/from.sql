CREATE DOMAIN quantity AS integer CHECK (VALUE >= 0);
CREATE TABLE stock (id bigint PRIMARY KEY, amount integer NOT NULL);
