-- Fair delivery: answers to a person's own action (priority 0) go before broadcasts (reminders,
-- digests: priority 10); the sender takes the oldest pending messages of each chat.
alter table outbox_message add column priority integer not null default 0;

-- Serves the sender's due query: the pending rows of each chat in order, with what it needs to rank
-- them, without touching the (ever growing) sent rows. Partial: the query names status = 'PENDING'.
create index outbox_pending_by_chat on outbox_message(chat_id, id, priority, not_before) where status = 'PENDING';

-- Housekeeping: sent rows by age; finished conversations by age.
create index outbox_sent_at on outbox_message(sent_at) where status = 'SENT';
create index conversation_finished on conversation(updated_at) where flow is null;
