-- The emulation pledge (issue 13): each team leader signs for the team, the principal for the school, once
-- per school year. party_key is 'school' or 'team:' + the team's name in lower case (made by the bot, so the
-- same on SQLite and PostgreSQL): the unique key keeps one signature per party, whoever presses twice.
-- signer_name is the name at the time of signing, as on a paper signed that day.
create table pledge_signature (
    id              integer primary key autoincrement,
    school_year     text      not null,
    scope           text      not null check (scope in ('TEAM', 'SCHOOL')),
    team_name       text,
    party_key       text      not null,
    signer_staff_id integer   not null references staff_member(id),
    signer_name     text      not null,
    signed_at       timestamp not null,
    unique (school_year, party_key),
    check ((scope = 'TEAM') = (team_name is not null))
);
