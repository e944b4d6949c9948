-- PostgreSQL stores a one-item IN list as a plain comparison, and IN lists whose items name columns
-- as one comparison per such item.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status text CHECK (status IN ('pending')),
    kind text CHECK (kind NOT IN ('void')),
    lo integer,
    hi integer,
    CONSTRAINT lo_pick CHECK (lo IN (1, 2, hi)),
    CONSTRAINT hi_pick CHECK (hi NOT IN (lo, 7))
);
CREATE INDEX orders_pending ON orders (id) WHERE status IN ('pending');
CREATE INDEX orders_not_void ON orders (id) WHERE kind NOT IN ('void');
