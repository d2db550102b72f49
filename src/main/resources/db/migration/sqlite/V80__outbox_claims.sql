-- Several sends in flight, and later several bot instances on one database: the sender claims a chat's
-- oldest pending message (its "head") for a while (a lease) before sending it. claimed_by names the
-- instance, claimed_until ends the lease: a crashed instance's claims run out and another sender takes
-- the row again (a row already marked SENT is never taken again: the claim looks at PENDING rows only).
alter table outbox_message add column claimed_by text;
alter table outbox_message add column claimed_until timestamp;

-- The claim query reads every pending row of every chat in (chat, id) order with its priority, due
-- time and lease: the partial index of V62 gains the lease, so the query never touches the table.
drop index outbox_pending_by_chat;
create index outbox_pending_by_chat on outbox_message(chat_id, id, priority, not_before, claimed_until) where status = 'PENDING';
