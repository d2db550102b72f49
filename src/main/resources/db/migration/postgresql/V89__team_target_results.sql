-- Issue 13: the team leader enters the team's year-end result for every registered team target, in the
-- self-assessment window, parsed by the same rule as the target itself. Null: no result entered yet.
alter table collective_registration_answer add column result_value text;
alter table collective_registration_answer add column result_at timestamp with time zone;
