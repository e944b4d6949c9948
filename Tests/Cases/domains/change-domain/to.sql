CREATE DOMAIN code AS varchar(10) NOT NULL DEFAULT 'y' CONSTRAINT code_short CHECK (length(VALUE) < 8);
CREATE TABLE items (id bigint PRIMARY KEY, code code);
