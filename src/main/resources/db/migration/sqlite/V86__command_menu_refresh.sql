-- Issue 13: each linked person's own "/" menu (Telegram's setMyCommands with a chat scope). A row says
-- "this chat's menu must be sent again"; it is written in the transaction of the change that caused it
-- (a link, a role or language change, a deactivation) and deleted by telegram/TelegramMenuRefresher once
-- Telegram accepted the menu of that generation, so a crash between the change and the call loses nothing.
create table command_menu_refresh (
    chat_id          integer primary key,
    telegram_user_id integer not null,
    generation       integer not null,
    attempts         integer not null default 0,
    not_before       integer not null
);
