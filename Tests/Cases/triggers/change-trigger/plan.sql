-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
DROP TRIGGER events_log ON public.events;
CREATE TRIGGER events_log AFTER INSERT OR UPDATE ON public.events FOR EACH ROW WHEN (NEW.kind <> 'internal') EXECUTE FUNCTION public.log_event('write');

-- monolayer:down
DROP TRIGGER events_log ON public.events;
CREATE TRIGGER events_log AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.log_event('insert');
