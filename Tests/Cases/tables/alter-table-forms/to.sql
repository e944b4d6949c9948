-- A schema file kept the way the database grew: each table's later changes after its CREATE TABLE.
CREATE TABLE customers (id integer PRIMARY KEY, legacy_code text, name text);
ALTER TABLE customers ADD COLUMN email text;
ALTER TABLE customers ADD COLUMN IF NOT EXISTS email text;
ALTER TABLE customers ADD COLUMN referrer_id integer REFERENCES customers (id), ADD COLUMN visits serial;
ALTER TABLE customers ADD COLUMN score numeric(6,2) NOT NULL DEFAULT 0 CHECK (score >= 0);
ALTER TABLE customers DROP COLUMN legacy_code;
ALTER TABLE customers DROP COLUMN IF EXISTS never_there;
ALTER TABLE customers ALTER COLUMN id TYPE bigint, ALTER COLUMN referrer_id TYPE bigint;
ALTER TABLE customers ALTER COLUMN name TYPE varchar(200) COLLATE "C" USING name::varchar(200);
ALTER TABLE customers ALTER COLUMN name SET NOT NULL, ALTER COLUMN name SET DEFAULT '';
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE customers REPLICA IDENTITY FULL;

CREATE TABLE measurements (id bigint NOT NULL, taken_on date NOT NULL) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- Reaches the partition too, as in PostgreSQL.
ALTER TABLE measurements ADD COLUMN reading double precision;
