CREATE TABLE parcels (id bigint PRIMARY KEY);
