-- The index is built again under a temporary name and swapped in (contract): the identity moves to the
-- new index in alter, before the old one is dropped, and the rename keeps it.
CREATE TABLE shipments (id bigint NOT NULL, carrier text NOT NULL, tracking text NOT NULL);
CREATE UNIQUE INDEX shipments_tracking_key ON shipments (carrier, tracking);
ALTER TABLE shipments REPLICA IDENTITY USING INDEX shipments_tracking_key;
