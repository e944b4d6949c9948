-- file: contract/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: contract
-- transaction: yes
-- warnings:
--   D004 destructive: Dropped type (type: 'mood' schema: 'public')

-- monolayer:up
DROP TYPE public.mood;

-- monolayer:down
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
