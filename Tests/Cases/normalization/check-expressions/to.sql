CREATE TABLE rules (
    id bigint PRIMARY KEY,
    status varchar(20) CHECK (status IN ('a', 'b', 'c')),
    kind text CHECK (kind NOT IN ('x', 'y')),
    score integer CHECK (score BETWEEN 0 AND 100),
    code text CHECK (code LIKE 'A%' AND code NOT LIKE '%Z'),
    label varchar(50) CHECK (length(label) > 2 AND label <> ''),
    lo integer, hi integer,
    CONSTRAINT range_ok CHECK (lo IS NULL OR hi IS NULL OR (lo <= hi AND hi - lo < 1000)),
    CONSTRAINT lower_code CHECK (lower(code) = code OR code ILIKE 'b%')
);
