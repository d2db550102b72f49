-- Commendation (khen thưởng): the year's proposals, the facts the decree's rules read, the principal's
-- decision on the list, and the council's votes (bình xét) with their ballots. Times are ISO-8601 UTC text.

-- What the rules need to know about one person in one school year.
create table commendation_person (
    id                  integer primary key autoincrement,
    school_year         text    not null,
    staff_id            integer not null references staff_member(id),
    rating              text,                       -- HTXSNV, HTTNV, HTNV, KHTNV; null while unknown
    rating_source       text,                       -- SCORE (suggested from the approved score), SECRETARY
    discipline          text    not null default 'NONE',
    initiative_name     text,
    initiative_decision text,                       -- number of the recognition decision
    research_name       text,                       -- an accepted research project
    updated_by          integer references staff_member(id),
    updated_at          text    not null,
    unique (school_year, staff_id)
);

-- One line of the year's list: a person or a team proposed for a title, with an optional form.
create table commendation_proposal (
    id          integer primary key autoincrement,
    school_year text    not null,
    kind        text    not null,                   -- INDIVIDUAL, COLLECTIVE
    staff_id    integer references staff_member(id),
    team_name   text,
    title_code  text    not null,
    form_code   text,
    source      text    not null,                   -- REGISTRATION, SECRETARY
    created_by  integer references staff_member(id),
    created_at  text    not null,
    updated_at  text    not null
);
create unique index commendation_proposal_person on commendation_proposal(school_year, staff_id) where kind = 'INDIVIDUAL';
create unique index commendation_proposal_team on commendation_proposal(school_year, team_name) where kind = 'COLLECTIVE';

-- The list as a whole: DRAFT, SUBMITTED (to the principal), APPROVED, RETURNED. round counts submissions.
create table commendation_list (
    school_year text    primary key,
    status      text    not null,
    round       integer not null default 0,
    version     integer not null default 0,
    updated_at  text    not null
);

-- History of the list: submissions and decisions, with the violations an approval overrode.
create table commendation_decision (
    id             integer primary key autoincrement,
    school_year    text    not null,
    round          integer not null,
    action         text    not null,                -- SUBMITTED, APPROVED, APPROVED_OVERRIDE, RETURNED
    actor_staff_id integer references staff_member(id),
    happened_at    text    not null,
    violations     text,                            -- one per line, in Vietnamese, as shown when decided
    note           text,
    total_award    integer
);
create index commendation_decision_of on commendation_decision(school_year);

-- A council vote over some proposals. council_size is fixed when the vote opens.
create table commendation_vote (
    id               integer primary key autoincrement,
    school_year      text    not null,
    place            text    not null,
    meeting_date     text    not null,              -- yyyy-MM-dd
    closes_at        text,                          -- automatic close, or null
    status           text    not null,              -- OPEN, CLOSED
    opened_by        integer not null references staff_member(id),
    opened_at        text    not null,
    closed_by        integer references staff_member(id),   -- null when closed at the configured time
    closed_at        text,
    council_size     integer not null
);
create unique index commendation_vote_one_open on commendation_vote(school_year) where status = 'OPEN';

-- The council as it was when the vote opened.
create table commendation_vote_member (
    vote_id  integer not null references commendation_vote(id) on delete cascade,
    staff_id integer not null references staff_member(id),
    primary key (vote_id, staff_id)
);

-- A proposal on a vote, as it was when the vote opened, and its result once closed.
create table commendation_vote_item (
    id                 integer primary key autoincrement,
    vote_id            integer not null references commendation_vote(id) on delete cascade,
    -- kept when the proposal is deleted later: the minutes already show it
    proposal_id        integer references commendation_proposal(id) on delete set null,
    position           integer not null,
    title_code         text    not null,
    subject            text    not null,
    kind               text    not null,
    form_code          text,
    candidate_staff_id integer,                     -- the proposed person, who does not vote on it
    threshold          text    not null,            -- percent of the council members
    yes_count          integer,
    no_count           integer,
    eligible           integer,
    passed             integer,
    unique (vote_id, proposal_id)
);

-- Secret ballots: nobody but the bot sees them; only counts are shown, after closing.
create table commendation_ballot (
    item_id        integer not null references commendation_vote_item(id) on delete cascade,
    voter_staff_id integer not null references staff_member(id),
    choice         text    not null,                -- YES, NO
    written        integer not null default 0,      -- recorded by the secretary from a written ballot
    note           text,
    recorded_by    integer references staff_member(id),
    updated_at     text    not null,
    primary key (item_id, voter_staff_id)
);
