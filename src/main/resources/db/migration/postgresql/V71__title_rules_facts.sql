-- PostgreSQL twin of sqlite/V71__title_rules_facts.sql (dates yyyy-MM-dd text, as CommendationStore writes them).
alter table commendation_person add column research_decision      text;
alter table commendation_person add column research_decision_date text;
alter table commendation_person add column start_date             text;

create table commendation_team (
    school_year text    not null,
    team_name   text    not null,
    completion  text    not null,
    updated_by  bigint references staff_member(id),
    updated_at  text    not null,
    primary key (school_year, team_name)
);
