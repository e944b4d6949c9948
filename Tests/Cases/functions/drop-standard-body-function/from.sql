-- A function whose body is SQL-standard: PostgreSQL records what it reads, so its drop is ordered like any other.
CREATE TABLE prices (sku text PRIMARY KEY, cents integer NOT NULL);
CREATE FUNCTION price_of(wanted text) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT cents FROM prices WHERE sku = wanted;
END;
