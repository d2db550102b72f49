-- Trust: nobody can act as someone else (re-linking with a second person's confirmation, one open
-- invite code per person, imports confirmed before they apply, and an audit log of every change of
-- linking or roles).

-- An invite code is revoked when a newer one is issued for the same person or they link by phone.
alter table invite_code add column revoked_at timestamp;
-- Set on a code that moves an already linked person to a new Telegram account (confirmed by a second person).
alter table invite_code add column replaces_link integer not null default 0;

-- The secretary asks to link a new phone for someone already linked; the principal or another admin decides.
create table relink_request (
    id                    integer primary key autoincrement,
    staff_id              integer not null references staff_member(id),
    requested_by_staff_id integer not null references staff_member(id),
    status                text    not null,
    decided_by_staff_id   integer references staff_member(id),
    created_at            timestamp not null,
    decided_at            timestamp,
    version               integer not null default 0
);
create index relink_request_staff on relink_request(staff_id, status);

-- A staff list sent through the bot: downloaded after the update's commit, previewed, applied on confirmation.
create table staff_import (
    id                    integer primary key autoincrement,
    requested_by_staff_id integer not null references staff_member(id),
    chat_id               integer not null,
    user_id               integer not null,
    update_id             integer not null,
    file_id               text    not null,
    file_name             text    not null,
    status                text    not null,
    content               blob,
    decided_by_staff_id   integer references staff_member(id),
    created_at            timestamp not null,
    updated_at            timestamp not null,
    version               integer not null default 0
);
create index staff_import_status on staff_import(status);

-- Every change of linking or roles: who did it (a staff member, the command line or the bot itself), when, to whom.
create table audit_entry (
    id               integer primary key autoincrement,
    at               timestamp not null,
    actor_kind       text    not null,
    actor_staff_id   integer,
    subject_staff_id integer,
    action           text    not null,
    old_value        text,
    new_value        text
);
create index audit_entry_at on audit_entry(at);
create index audit_entry_subject on audit_entry(subject_staff_id, at);
