-- JSON_TABLE (PostgreSQL 17): the server prints invented path names, implicit column paths, the defaults of
-- columns returning JSON, and paths in jsonpath's output form; both sides meet once those are set aside.
CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);

CREATE VIEW event_items AS
    SELECT e.id, items.*
    FROM events e,
        JSON_TABLE(e.payload, 'lax $.items[*]'
            COLUMNS (
                n FOR ORDINALITY,
                sku text,
                qty integer PATH '$.quantity' DEFAULT 1 ON EMPTY,
                tags jsonb PATH '$.tags',
                gift boolean EXISTS PATH '$.gift',
                NESTED PATH '$.discounts[*]' COLUMNS (code text PATH '$.code')
            )) AS items;
