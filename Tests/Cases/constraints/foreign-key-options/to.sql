CREATE TABLE parents (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE children (
    id bigint PRIMARY KEY,
    a integer,
    b integer,
    FOREIGN KEY (a, b) REFERENCES parents (a, b) MATCH FULL ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED
);
