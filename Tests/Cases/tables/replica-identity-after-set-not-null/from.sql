CREATE TABLE memberships (id bigint NOT NULL, tenant_id bigint);
