CREATE TABLE measurements (
    id bigint PRIMARY KEY,
    low integer CHECK (low > 0),
    high integer,
    unit text UNIQUE,
    CHECK (high > low),
    UNIQUE (low, high)
);
