-- Added on the parent, the column, constraint and index reach the partitions: planned once.
CREATE TABLE tickets (
    id bigint NOT NULL,
    status text NOT NULL,
    note text NOT NULL DEFAULT '',
    priority integer DEFAULT 3 CHECK (priority > 0)
) PARTITION BY LIST (status);
CREATE TABLE tickets_open PARTITION OF tickets FOR VALUES IN ('open');
CREATE TABLE tickets_closed PARTITION OF tickets FOR VALUES IN ('closed');
