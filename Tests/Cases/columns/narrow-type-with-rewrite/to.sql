-- A shorter limit, another scale, a limit on unlimited text: every row is checked and rewritten.
CREATE TABLE readings (id bigint PRIMARY KEY, label varchar(20), amount numeric(10,4), title varchar(200));
