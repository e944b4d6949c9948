CREATE DOMAIN code AS varchar(10) DEFAULT 'x' CONSTRAINT code_short CHECK (length(VALUE) < 10);
CREATE TABLE items (id bigint PRIMARY KEY, code code);
