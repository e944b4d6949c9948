-- The key gains a column the same plan adds: it is replaced in alter after the column, not prebuilt in expand.
CREATE TABLE users (tenant_id bigint NOT NULL, user_id bigint NOT NULL, name text, PRIMARY KEY (tenant_id, user_id));
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    tenant_id bigint,
    user_id bigint,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, user_id)
);
