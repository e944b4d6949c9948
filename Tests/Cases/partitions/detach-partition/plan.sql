-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings:
--   D013 destructive: Detached (table: 'measurements_2025' schema: 'public') from (table: 'measurements' schema: 'public')

-- monolayer:up
ALTER TABLE public.measurements DETACH PARTITION public.measurements_2025;

-- monolayer:down
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
