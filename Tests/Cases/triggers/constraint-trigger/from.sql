CREATE TABLE shipments (id bigint PRIMARY KEY, weight numeric NOT NULL);
CREATE FUNCTION check_weight() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.weight > 1000 THEN RAISE EXCEPTION 'too heavy'; END IF;
  RETURN NULL;
END;
$$;
