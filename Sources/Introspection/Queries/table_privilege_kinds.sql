-- Every privilege a table can have on this server (holding them all is ALL).
SELECT privilege_type FROM pg_catalog.aclexplode(pg_catalog.acldefault('r', 10::oid))
