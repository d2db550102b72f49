-- Secret ballots stay secret at rest (issue "Trust").

-- Who took part in a vote (in the bot, or in writing through the secretary), kept when a vote closes;
-- the per-member choices in commendation_ballot are deleted then, after the tally.
create table commendation_vote_participant (
    vote_id  integer not null references commendation_vote(id) on delete cascade,
    staff_id integer not null references staff_member(id),
    written  integer not null default 0,             -- took part through a written ballot
    note     text,                                   -- the secretary's note on the written ballot
    primary key (vote_id, staff_id)
);

-- What happened to a member's ballot and who did it, never what was chosen: a written ballot recorded
-- by the secretary (WRITTEN_RECORDED), then replaced by the member's own vote in the bot (WRITTEN_REPLACED).
create table commendation_ballot_event (
    id             integer primary key autoincrement,
    vote_id        integer not null references commendation_vote(id) on delete cascade,
    voter_staff_id integer not null references staff_member(id),
    action         text    not null,
    actor_staff_id integer not null references staff_member(id),
    happened_at    text    not null
);
create index commendation_ballot_event_vote on commendation_ballot_event(vote_id);

-- A message whose text must not stay in the outbox once sent (a secret ballot): its payload is replaced
-- by a placeholder on delivery; chat, key and the platform's message id stay for later edits.
alter table outbox_message add column sensitive integer not null default 0;
