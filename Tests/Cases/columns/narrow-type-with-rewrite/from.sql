CREATE TABLE readings (id bigint PRIMARY KEY, label varchar(80), amount numeric(10,2), title text);
