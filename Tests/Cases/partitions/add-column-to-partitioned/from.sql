CREATE TABLE tickets (id bigint NOT NULL, status text NOT NULL, note text) PARTITION BY LIST (status);
CREATE TABLE tickets_open PARTITION OF tickets FOR VALUES IN ('open');
CREATE TABLE tickets_closed PARTITION OF tickets FOR VALUES IN ('closed');
