-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX logs_region_logged_at_line_key ON ONLY public.logs USING btree (region, logged_at, line);

CREATE UNIQUE INDEX logs_eu_region_logged_at_line_idx ON ONLY public.logs_eu USING btree (region, logged_at, line);

-- monolayer:down
DROP INDEX IF EXISTS public.logs_region_logged_at_line_key;

-- file: expand/20261118110640001-case.sql
-- monolayer migration
-- id: 20261118110640001-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS logs_eu_2024_region_logged_at_line_idx ON public.logs_eu_2024 USING btree (region, logged_at, line);

ALTER INDEX public.logs_eu_region_logged_at_line_idx ATTACH PARTITION public.logs_eu_2024_region_logged_at_line_idx;

ALTER INDEX public.logs_region_logged_at_line_key ATTACH PARTITION public.logs_eu_region_logged_at_line_idx;

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS logs_us_region_logged_at_line_idx ON public.logs_us USING btree (region, logged_at, line);

ALTER INDEX public.logs_region_logged_at_line_key ATTACH PARTITION public.logs_us_region_logged_at_line_idx;

-- monolayer:down

