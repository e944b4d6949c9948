CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL, status text);
CREATE VIEW paid AS SELECT id, total FROM orders WHERE status = 'paid';
CREATE VIEW big_paid AS SELECT id FROM paid WHERE total > 100;
CREATE VIEW big_paid_count AS SELECT count(*) AS n FROM big_paid;
