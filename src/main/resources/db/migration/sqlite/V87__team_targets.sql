-- Issue 13: a team registers collective targets (campaign file: registration.team-targets) and a short plan,
-- not only a collective title. One row per answered team target; a null value is an optional target skipped.
alter table collective_registration add column plan_text text;

create table collective_registration_answer (
    id                         integer primary key autoincrement,
    collective_registration_id integer not null references collective_registration(id) on delete cascade,
    target_code                text    not null,
    value_text                 text,
    unique (collective_registration_id, target_code)
);
