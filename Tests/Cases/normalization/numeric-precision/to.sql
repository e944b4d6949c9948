-- `numeric(p)` is `numeric(p,0)`, which is how PostgreSQL prints it, in columns and in casts.
CREATE TABLE measures (
    id bigint PRIMARY KEY,
    whole numeric(10),
    price decimal(12) DEFAULT 42.195,
    exact numeric(15, 4),
    rounded numeric GENERATED ALWAYS AS (exact::numeric(8)) STORED
);
