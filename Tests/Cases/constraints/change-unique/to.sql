CREATE TABLE members (org_id bigint NOT NULL, user_id bigint NOT NULL, CONSTRAINT members_key UNIQUE (org_id, user_id));
