-- PostgreSQL twin of sqlite/V62__outbox_priority.sql.
alter table outbox_message add column priority integer not null default 0;
create index outbox_pending_by_chat on outbox_message(chat_id, id, priority, not_before) where status = 'PENDING';
create index outbox_sent_at on outbox_message(sent_at) where status = 'SENT';
create index conversation_finished on conversation(updated_at) where flow is null;
