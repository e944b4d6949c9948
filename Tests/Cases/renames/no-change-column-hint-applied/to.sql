CREATE TABLE users (
    id bigint PRIMARY KEY,
    -- monolayer: renamed from mail
    email text
);
