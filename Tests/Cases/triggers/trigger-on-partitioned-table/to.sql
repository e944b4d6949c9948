CREATE TABLE events (
  id bigint NOT NULL,
  happened_on date NOT NULL,
  payload text
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE FUNCTION stamp_payload() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.payload := coalesce(NEW.payload, '');
  RETURN NEW;
END;
$$;

-- PostgreSQL copies these onto every partition, present and future; the copies are not triggers of their own.
CREATE TRIGGER events_stamp BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp_payload();
CREATE TRIGGER events_audit AFTER UPDATE ON events FOR EACH ROW EXECUTE FUNCTION stamp_payload();
ALTER TABLE events DISABLE TRIGGER events_audit;
