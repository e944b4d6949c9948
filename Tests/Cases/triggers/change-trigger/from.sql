CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb);
CREATE TABLE event_log (event_id bigint, kind text, logged_at timestamp with time zone DEFAULT now());

CREATE FUNCTION log_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_log (event_id, kind) VALUES (NEW.id, TG_ARGV[0]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER events_log AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION log_event('insert');
