-- Telegram's id of a delivered message, so a later outbox row can edit it in place.
alter table outbox_message add column sent_message_id bigint;
