CREATE TABLE users (
    id bigint PRIMARY KEY,
    -- monolayer: renamed from zip
    postal_code text
);
