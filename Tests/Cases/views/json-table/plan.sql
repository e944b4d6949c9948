-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: yes
-- warnings: none

-- monolayer:up
CREATE VIEW public.event_items AS
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

-- monolayer:down
DROP VIEW public.event_items;
