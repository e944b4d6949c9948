-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.posts ALTER COLUMN body SET STORAGE EXTENDED;

ALTER TABLE public.posts ALTER COLUMN body SET COMPRESSION default;

ALTER TABLE public.posts ALTER COLUMN state_group SET (n_distinct_inherited='-0.5');

ALTER TABLE public.posts ALTER COLUMN state_group RESET (n_distinct);

ALTER TABLE public.posts ALTER COLUMN finished_at SET STATISTICS 50;

ALTER TABLE public.posts ALTER COLUMN added SET STORAGE EXTENDED;

-- monolayer:down
ALTER TABLE public.posts ALTER COLUMN added SET STORAGE EXTERNAL;

ALTER TABLE public.posts ALTER COLUMN finished_at SET STATISTICS 1000;

ALTER TABLE public.posts ALTER COLUMN state_group SET (n_distinct='-0.02');

ALTER TABLE public.posts ALTER COLUMN state_group RESET (n_distinct_inherited);

ALTER TABLE public.posts ALTER COLUMN body SET COMPRESSION pglz;

ALTER TABLE public.posts ALTER COLUMN body SET STORAGE MAIN;
