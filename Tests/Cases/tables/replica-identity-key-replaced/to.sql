-- The unique constraint is dropped and added again in alter: the identity is named again after it.
CREATE TABLE devices (id bigint NOT NULL, serial text NOT NULL, vendor text NOT NULL, CONSTRAINT devices_serial_key UNIQUE (vendor, serial));
ALTER TABLE devices REPLICA IDENTITY USING INDEX devices_serial_key;
