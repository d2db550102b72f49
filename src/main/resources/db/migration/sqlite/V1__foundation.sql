-- People and their Telegram links. Phones are stored normalised (+84xxxxxxxxx).
create table team (
    id          integer primary key autoincrement,
    name        text    not null unique
);

create table staff_member (
    id                integer primary key autoincrement,
    full_name         text    not null,
    phone             text    not null unique,
    team_id           integer references team(id),
    email             text,
    roles             text    not null,
    active            integer not null default 1,
    telegram_user_id  integer unique,
    telegram_chat_id  integer,
    telegram_username text,
    language          text    not null default 'vi',
    linked_at         timestamp,
    created_at        timestamp not null,
    updated_at        timestamp not null,
    version           integer not null default 0
);

create table invite_code (
    code                     text    primary key,
    staff_id                 integer not null references staff_member(id),
    created_by_staff_id      integer references staff_member(id),
    created_at               timestamp not null,
    expires_at               timestamp not null,
    used_at                  timestamp,
    used_by_telegram_user_id integer
);

-- Dedupe of Telegram updates: a re-delivered update_id is ignored.
create table processed_update (
    update_id    integer primary key,
    processed_at timestamp not null
);

-- Where each (chat, user) is in a dialog, with the draft so far; survives restarts.
create table conversation (
    chat_id    integer not null,
    user_id    integer not null,
    flow       text,
    step       text,
    data       text,
    updated_at timestamp not null,
    version    integer not null default 0,
    primary key (chat_id, user_id)
);

-- Inline buttons carry only a short random token; what it means is kept here.
create table callback_token (
    token      text    primary key,
    chat_id    integer not null,
    user_id    integer not null,
    action     text    not null,
    payload    text,
    created_at timestamp not null,
    expires_at timestamp not null
);

-- Outgoing messages, written in the same transaction as the change that caused them.
create table outbox_message (
    id              integer primary key autoincrement,
    idempotency_key text    not null unique,
    chat_id         integer not null,
    payload         text    not null,
    status          text    not null,
    attempts        integer not null default 0,
    not_before      timestamp not null,
    last_error      text,
    created_at      timestamp not null,
    sent_at         timestamp
);
create index outbox_due on outbox_message(status, not_before);
