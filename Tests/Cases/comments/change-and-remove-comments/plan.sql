-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
COMMENT ON COLUMN public.notes.author IS 'Who wrote it';

COMMENT ON COLUMN public.notes.body IS NULL;

COMMENT ON TABLE public.notes IS 'New';

-- monolayer:down
COMMENT ON TABLE public.notes IS 'Old';

COMMENT ON COLUMN public.notes.body IS 'Text';

COMMENT ON COLUMN public.notes.author IS NULL;
