-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE FUNCTION public.utc_now() RETURNS timestamp with time zone AS $$
BEGIN
    RETURN now();
END;
$$ LANGUAGE plpgsql SET timezone = 'UTC' SET DateStyle TO 'ISO, MDY';

-- monolayer:down
DROP FUNCTION public.utc_now();
