-- PostgreSQL refuses an identity index on a nullable column. SET NOT NULL runs outside the alter
-- transaction (after its check is validated), so the identity statement runs there too, after it.
CREATE TABLE memberships (id bigint NOT NULL, tenant_id bigint NOT NULL);
CREATE UNIQUE INDEX memberships_tenant_id_id_key ON memberships (tenant_id, id);
ALTER TABLE memberships REPLICA IDENTITY USING INDEX memberships_tenant_id_id_key;
