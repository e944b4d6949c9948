CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount money DEFAULT '$1.00'::money,
    ttl interval DEFAULT '1 year'::interval
);
