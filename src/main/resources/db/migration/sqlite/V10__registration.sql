-- Registration (đăng ký thi đua): the columns of the registration form schools send up.
-- A row is created at a person's first answer and saved after every answer, so a draft survives
-- /huy, another command or a restart. One registration per person and school year.
create table registration (
    id                   integer primary key autoincrement,
    staff_id             integer   not null references staff_member(id),
    school_year          text      not null,
    -- null only in a draft before the title is chosen (or after "start over")
    title_code           text,
    -- 1 once the form question was answered; form_code stays null for "no form"
    form_answered        integer   not null default 0,
    form_code            text,
    -- null = not answered yet, 0 = no initiative planned, 1 = one is planned (title and subject below)
    has_initiative       integer,
    initiative_title     text,
    initiative_subject   text,
    status               text      not null check (status in ('DRAFT', 'SUBMITTED')),
    submitted_at         timestamp,
    -- the secretary reopened it (also after the deadline), until the person submits again
    reopened_by_staff_id integer references staff_member(id),
    reopened_at          timestamp,
    reopen_reason        text,
    created_at           timestamp not null,
    updated_at           timestamp not null,
    version              integer   not null default 0,
    unique (staff_id, school_year),
    check (status = 'DRAFT' or (title_code is not null and form_answered = 1 and has_initiative is not null and submitted_at is not null))
);

-- One answer per target (chỉ tiêu) of the campaign; value_text null = an optional target skipped.
-- Values are language-neutral: NUMBER "12", PERCENT "85.5", TEXT as typed, YES_NO "yes"/"no".
create table registration_answer (
    id              integer primary key autoincrement,
    registration_id integer not null references registration(id) on delete cascade,
    target_code     text    not null,
    value_text      text,
    unique (registration_id, target_code)
);

-- The collective title a team (tổ) registers, entered by its team leader.
create table collective_registration (
    id                     integer primary key autoincrement,
    team_name              text      not null collate nocase,
    school_year            text      not null,
    title_code             text,
    form_answered          integer   not null default 0,
    form_code              text,
    registered_by_staff_id integer   not null references staff_member(id),
    status                 text      not null check (status in ('DRAFT', 'SUBMITTED')),
    submitted_at           timestamp,
    created_at             timestamp not null,
    updated_at             timestamp not null,
    version                integer   not null default 0,
    unique (team_name, school_year),
    check (status = 'DRAFT' or (title_code is not null and form_answered = 1 and submitted_at is not null))
);

-- Every transition of a registration: who, when, what, why (CREATED, SUBMITTED, EDITED, RESTARTED, REOPENED).
create table registration_history (
    id                         integer primary key autoincrement,
    registration_id            integer references registration(id),
    collective_registration_id integer references collective_registration(id),
    action                     text      not null,
    from_status                text,
    to_status                  text      not null,
    by_staff_id                integer   not null references staff_member(id),
    at                         timestamp not null,
    reason                     text,
    check ((registration_id is null) <> (collective_registration_id is null))
);
create index registration_history_individual on registration_history(registration_id);
create index registration_history_collective on registration_history(collective_registration_id);
create index registration_year on registration(school_year, status);
