-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER TABLE public.prices ADD COLUMN rounded money DEFAULT money '1.999';

ALTER TABLE public.prices ADD COLUMN grace interval DEFAULT interval '90' minute;

ALTER TABLE public.prices ADD COLUMN window_length interval day to second(0) DEFAULT '1 day 2 hours 30.6 seconds';

-- monolayer:down
ALTER TABLE public.prices DROP COLUMN window_length;

ALTER TABLE public.prices DROP COLUMN grace;

ALTER TABLE public.prices DROP COLUMN rounded;
