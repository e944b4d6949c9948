-- MINVALUE moves above the old START: the sequence's position (at START while unused) would lie
-- outside the new range, so the plan restarts it at the new START (see Planner+Sequences).
CREATE SEQUENCE ticket_numbers AS integer START WITH 1000 MINVALUE 1000 MAXVALUE 5000;
