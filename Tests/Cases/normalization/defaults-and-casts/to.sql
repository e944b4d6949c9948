CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE settings (
    id bigint PRIMARY KEY,
    name text DEFAULT 'x'::text,
    short_name varchar(10) DEFAULT 'y',
    lvl level DEFAULT 'low'::level,
    ratio numeric(5,2) DEFAULT 0,
    weight double precision DEFAULT 1.5,
    negative integer DEFAULT -1,
    big bigint DEFAULT 42,
    flag boolean DEFAULT false,
    tags text[] DEFAULT '{}'::text[],
    starts date DEFAULT '2020-01-01',
    created timestamptz DEFAULT CURRENT_TIMESTAMP,
    updated timestamp DEFAULT LOCALTIMESTAMP,
    day date DEFAULT CURRENT_DATE,
    who text DEFAULT CURRENT_USER,
    span interval DEFAULT '1 day',
    computed integer DEFAULT (1 + 2) * 3,
    nothing text DEFAULT NULL
);
