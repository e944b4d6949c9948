-- The key goes (contract), and only then can its column become nullable.
CREATE TABLE events (id bigint, payload text);
