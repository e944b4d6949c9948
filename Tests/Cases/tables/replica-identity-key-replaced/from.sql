CREATE TABLE devices (id bigint NOT NULL, serial text NOT NULL, vendor text NOT NULL, CONSTRAINT devices_serial_key UNIQUE (serial));
ALTER TABLE devices REPLICA IDENTITY USING INDEX devices_serial_key;
