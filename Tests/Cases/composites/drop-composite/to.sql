CREATE TYPE kept AS (z integer);
