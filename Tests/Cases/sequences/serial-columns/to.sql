CREATE TABLE events (id bigserial PRIMARY KEY, small smallserial, counter serial NOT NULL, note text);
