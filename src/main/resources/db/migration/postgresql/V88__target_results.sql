-- Issue 13: at the year's end each person enters the result achieved for every registered target, in the
-- self-assessment window, parsed by the same rule as the target itself. Null: no result entered yet.
alter table registration_answer add column result_value text;
alter table registration_answer add column result_at timestamp with time zone;
