CREATE TABLE shipments (id bigint NOT NULL, carrier text NOT NULL, tracking text NOT NULL);
CREATE UNIQUE INDEX shipments_tracking_key ON shipments (tracking);
ALTER TABLE shipments REPLICA IDENTITY USING INDEX shipments_tracking_key;
