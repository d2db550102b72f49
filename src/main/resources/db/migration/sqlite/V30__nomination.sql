-- Exemplar nominations (điển hình tiên tiến, người tốt việc tốt, mô hình cách làm hay), collected per
-- calendar quarter: nominator -> team leader -> council -> principal.
create table nomination (
    id                 integer primary key autoincrement,
    school_year        text    not null,
    -- set when submitted: the quarter of the submission day (e.g. 2026-Q4) and the due date shown then
    quarter            text,
    deadline           text,
    nominator_staff_id integer not null references staff_member(id),
    -- the nominator's team when submitted: who confirms it, and which teams nominated this quarter
    nominator_team     text,
    nominee_kind       text,                                   -- STAFF, EXTERNAL, COLLECTIVE
    nominee_staff_id   integer references staff_member(id),
    nominee_name       text,
    -- staff:<id>, or name:<folded name> for someone outside the staff or a collective
    nominee_key        text,
    category           text,                                   -- EXEMPLAR, GOOD_DEED, GOOD_PRACTICE
    achievement        text,
    status             text    not null,
    version            integer not null default 0,
    created_at         timestamp not null,
    updated_at         timestamp not null,
    submitted_at       timestamp
);
-- One person nominates the same nominee at most once a quarter (drafts have no quarter yet).
create unique index nomination_once_a_quarter on nomination(nominator_staff_id, nominee_key, quarter)
    where quarter is not null;
create index nomination_by_quarter on nomination(quarter, status);
create index nomination_drafts on nomination(nominator_staff_id, status);

-- Photos and documents backing a nomination; the platform keeps the file, we keep its id.
create table nomination_evidence (
    id             integer primary key autoincrement,
    nomination_id  integer not null references nomination(id) on delete cascade,
    file_id        text    not null,
    file_name      text    not null,
    mime_type      text,
    size_bytes     integer not null,
    kind           text    not null,                         -- PHOTO, DOCUMENT
    created_at     timestamp not null
);
create index nomination_evidence_of on nomination_evidence(nomination_id);

-- History: every change of status, who made it, when and why.
create table nomination_event (
    id              integer primary key autoincrement,
    nomination_id   integer not null references nomination(id) on delete cascade,
    from_status     text    not null,
    to_status       text    not null,
    actor_staff_id  integer references staff_member(id),
    happened_at     timestamp not null,
    reason          text
);
create index nomination_event_of on nomination_event(nomination_id);
