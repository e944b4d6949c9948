-- Changes PostgreSQL makes in the catalog only: no rewrite, so no blocking warning.
CREATE TABLE readings (
    id bigint PRIMARY KEY,
    label varchar(80),
    note text,
    amount numeric(14,2),
    exact numeric,
    flags bit varying,
    taken_at timestamp(3) without time zone,
    address inet,
    title varchar
);
