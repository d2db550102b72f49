-- Several sends in flight and several bot instances on one database: a sender claims a chat's oldest
-- pending message (its "head") for a while (a lease) before sending it. claimed_by names the instance,
-- claimed_until ends the lease: a crashed instance's claims run out and another instance takes the row
-- again (a row already marked SENT is never taken again: the claim looks at PENDING rows only).
-- Same columns as SQLite's V80.
alter table outbox_message add column claimed_by text;
alter table outbox_message add column claimed_until timestamp with time zone;

-- The claim query (OutboxClaims, PostgreSQL variant): pending rows by chat in id order, for "is there an
-- earlier pending row of this chat" and the chat's best priority; the other columns it filters on are
-- carried in the index so that the check needs no visit to the table.
create index outbox_claimable on outbox_message(chat_id, id) include (priority, not_before, claimed_until)
    where status = 'PENDING';
