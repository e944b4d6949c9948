-- A new attribute in the middle: PostgreSQL adds only at the end, so the type is recreated.
CREATE TYPE pair AS (a integer, middle text, b integer);
