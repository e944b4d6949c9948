-- monolayer: renamed from status
CREATE TYPE post_status AS ENUM (
    'draft',
    -- monolayer: renamed from 'live'
    'published',
    'archived'
);
