CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE DOMAIN positive_amount AS numeric(12,2) NOT NULL DEFAULT 0 CONSTRAINT amount_positive CHECK (VALUE >= 0);
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
CREATE TABLE invoices (id bigint PRIMARY KEY, contact email, total positive_amount, fiscal_year year);
