-- The domain's check calls a function this plan creates: the domain must come after it, whatever
-- the order of the declarations (the planner orders by what the check calls).
CREATE FUNCTION is_plausible_weight(w integer) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE
    AS $$ BEGIN RETURN w BETWEEN 1 AND 30000; END; $$;

CREATE DOMAIN grams AS integer CHECK (is_plausible_weight(VALUE));

-- A domain over a built-in call keeps its place ahead of the functions.
CREATE DOMAIN label AS text CHECK (length(VALUE) < 40);

CREATE TABLE parcels (id bigint PRIMARY KEY, weight grams, tag label);
