-- The server prints both checks alike, `CHECK (((a)::numeric > (0)::numeric))`: on an integer column the
-- cast is one PostgreSQL adds itself, on a text column it is the user's. Read back, they must differ.
CREATE TABLE counts (a integer CHECK (a::numeric > 0));
