-- PostgreSQL prints a row constructor as `ROW(a, b)`, whichever way it was written, and stores `=` and
-- `<>` between rows as comparisons of their fields (`a <> 1 OR b <> 1`), `IN` as one per item.
CREATE TABLE spans (
    a integer,
    b integer,
    c integer,
    CONSTRAINT spans_after_origin CHECK ((a, b) > (0, 0)),
    CONSTRAINT spans_not_corner CHECK (ROW(a, b, c) <> ROW(1, 1, 1))
);
CREATE INDEX spans_pair ON spans (a) WHERE (a, b) < (100, 100);
ALTER TABLE spans ADD CONSTRAINT spans_pairs CHECK ((a, b) IN ((1, 2), (3, 4)) OR (a, b) = (c, c));
