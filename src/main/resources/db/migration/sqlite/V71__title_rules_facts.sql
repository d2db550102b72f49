-- The facts the 2022 law's title rules read that were not stored yet:
-- research counts for CSTĐCS only with its acceptance decision (number and date);
-- a minimum service in the school year needs the day the person started work at the school (null: before the year).
alter table commendation_person add column research_decision      text;
alter table commendation_person add column research_decision_date text;   -- yyyy-MM-dd
alter table commendation_person add column start_date             text;   -- yyyy-MM-dd

-- A team's own completion level of the year (HTXSNV, HTTNV, HTNV, KHTNV), entered by the principal:
-- "excellently" is needed for Tập thể lao động xuất sắc, "well" or better for Tập thể lao động tiên tiến.
create table commendation_team (
    school_year text    not null,
    team_name   text    not null,
    completion  text    not null,
    updated_by  integer references staff_member(id),
    updated_at  text    not null,
    primary key (school_year, team_name)
);
