CREATE TABLE jobs (id bigint PRIMARY KEY, state varchar(20));
CREATE INDEX jobs_pending_idx ON jobs (id) WHERE state IN ('queued', 'running');
