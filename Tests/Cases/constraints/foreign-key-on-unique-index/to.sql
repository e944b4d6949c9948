-- Rails writes uniqueness as an index, not a constraint; a foreign key may still reference it.
CREATE TABLE login_sessions (
    id bigint NOT NULL,
    session_id character varying NOT NULL
);
CREATE UNIQUE INDEX index_login_sessions_on_session_id ON login_sessions USING btree (session_id);

CREATE TABLE user_events (
    id bigint NOT NULL,
    session_id character varying,
    CONSTRAINT fk_user_events_session FOREIGN KEY (session_id) REFERENCES login_sessions (session_id)
);

-- A NOT VALID check on a new table stays NOT VALID.
CREATE TABLE audits (
    amount integer
);
ALTER TABLE audits ADD CONSTRAINT audits_amount_positive CHECK (amount > 0) NOT VALID;
