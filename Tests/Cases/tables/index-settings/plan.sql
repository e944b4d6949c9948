-- file: expand/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: expand
-- transaction: no (each statement commits on its own)
-- warnings: none

-- monolayer:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_posts_on_tag_string ON public.posts USING btree (lower(tag_string)) WITH (fillfactor = 80);

ALTER INDEX public.index_posts_on_tag_string ALTER COLUMN 1 SET STATISTICS 200;

-- monolayer:down
DROP INDEX CONCURRENTLY IF EXISTS public.index_posts_on_tag_string;

-- file: alter/20261118110640000-case.sql
-- monolayer migration
-- id: 20261118110640000-case
-- phase: alter
-- transaction: yes
-- warnings: none

-- monolayer:up
ALTER INDEX public.index_posts_on_id SET (fillfactor='70');

ALTER INDEX public.index_posts_on_tags ALTER COLUMN 1 SET STATISTICS 3000;

-- monolayer:down
ALTER INDEX public.index_posts_on_tags ALTER COLUMN 1 SET STATISTICS -1;

ALTER INDEX public.index_posts_on_id SET (fillfactor='90');
