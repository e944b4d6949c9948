CREATE TABLE events (kind text, happened_at timestamp with time zone, payload jsonb);
CREATE TABLE events_kind_idx (note text);
CREATE SCHEMA archive;
CREATE TABLE archive.events (kind text);
CREATE TABLE a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (a_column_whose_name_is_long_as_well_and_then_some integer);

-- PostgreSQL names these: events_kind_idx is a table already, so events_kind_idx1, then events_kind_idx2.
CREATE INDEX ON events (kind);
CREATE INDEX ON events (kind);
CREATE INDEX ON events (kind, happened_at, kind);
CREATE INDEX ON events (lower(kind), (payload ->> 'id'), (kind || 'x'));
CREATE UNIQUE INDEX ON events (happened_at) WHERE kind = 'tick';
CREATE INDEX ON archive.events (kind);
CREATE INDEX ON a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (a_column_whose_name_is_long_as_well_and_then_some);
