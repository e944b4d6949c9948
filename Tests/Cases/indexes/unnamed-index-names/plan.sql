-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_idx ON archive.events USING btree (kind);

CREATE INDEX CONCURRENTLY IF NOT EXISTS a_table_with_a_rather_long_na_a_column_whose_name_is_long_a_idx ON public.a_table_with_a_rather_long_name_that_goes_on_and_on_and_on USING btree (a_column_whose_name_is_long_as_well_and_then_some);

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS events_happened_at_idx ON public.events USING btree (happened_at) WHERE kind = 'tick';

CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_happened_at_kind1_idx ON public.events USING btree (kind, happened_at, kind);

CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_idx1 ON public.events USING btree (kind);

CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_idx2 ON public.events USING btree (kind);

CREATE INDEX CONCURRENTLY IF NOT EXISTS events_lower_expr_expr1_idx ON public.events USING btree (lower(kind), (payload ->> 'id'), (kind || 'x'));

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.events_lower_expr_expr1_idx;

DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_idx2;

DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_idx1;

DROP INDEX CONCURRENTLY IF EXISTS public.events_kind_happened_at_kind1_idx;

DROP INDEX CONCURRENTLY IF EXISTS public.events_happened_at_idx;

DROP INDEX CONCURRENTLY IF EXISTS public.a_table_with_a_rather_long_na_a_column_whose_name_is_long_a_idx;

DROP INDEX CONCURRENTLY IF EXISTS archive.events_kind_idx;
