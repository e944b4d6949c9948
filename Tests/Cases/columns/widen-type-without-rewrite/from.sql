CREATE TABLE readings (
    id bigint PRIMARY KEY,
    label varchar(20),
    note varchar(40),
    amount numeric(10,2),
    exact numeric(8,3),
    flags bit varying(4),
    taken_at timestamp(0) without time zone,
    address cidr,
    title text
);
