CREATE TABLE events (kind text, happened_at timestamp with time zone, payload jsonb);
CREATE TABLE events_kind_idx (note text);
CREATE SCHEMA archive;
CREATE TABLE archive.events (kind text);
CREATE TABLE a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (a_column_whose_name_is_long_as_well_and_then_some integer);
