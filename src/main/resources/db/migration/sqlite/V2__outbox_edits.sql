-- Telegram's id of a delivered message, so a later outbox row can edit it in place
-- (an approval card that shows the decision instead of a new message).
alter table outbox_message add column sent_message_id integer;
