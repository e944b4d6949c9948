CREATE TYPE status AS ENUM (
    'draft',
    -- monolayer: renamed from 'live'
    'published'
);
