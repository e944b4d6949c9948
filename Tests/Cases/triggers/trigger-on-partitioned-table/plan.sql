-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE FUNCTION public.stamp_payload() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.payload := coalesce(NEW.payload, '');
  RETURN NEW;
END;
$$;

CREATE TRIGGER events_audit AFTER UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp_payload();
ALTER TABLE public.events DISABLE TRIGGER events_audit;

CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp_payload();

-- monolayer:down
DROP TRIGGER events_stamp ON public.events;

DROP TRIGGER events_audit ON public.events;

DROP FUNCTION public.stamp_payload();

DROP TABLE public.events_2026;
