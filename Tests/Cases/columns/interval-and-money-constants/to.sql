-- PostgreSQL stores interval and money constants as values and prints them back in one form:
-- `money '1.00'` is `'$1.00'::money` (unchanged here), `money '1.999'` rounds to `'$2.00'::money`,
-- `interval '1.5' year` truncates to `'1 year'::interval` (unchanged), `interval '90' minute` is
-- `'01:30:00'::interval`.
CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount money DEFAULT money '1.00',
    ttl interval DEFAULT interval '1.5' year,
    rounded money DEFAULT money '1.999',
    grace interval DEFAULT interval '90' minute,
    window_length interval day to second(0) DEFAULT '1 day 2 hours 30.6 seconds'
);
