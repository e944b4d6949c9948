CREATE TABLE events (id bigint PRIMARY KEY, payload varchar(200));
