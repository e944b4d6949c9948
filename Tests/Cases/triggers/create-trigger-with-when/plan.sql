-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE TRIGGER documents_bump_revision BEFORE UPDATE OF title, body ON public.documents FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.body IS DISTINCT FROM NEW.body) EXECUTE FUNCTION public.bump_revision();

-- monolayer:down
DROP TRIGGER documents_bump_revision ON public.documents;
