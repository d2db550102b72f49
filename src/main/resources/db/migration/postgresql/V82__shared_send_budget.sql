-- The bot-wide send budget (Telegram's ~30 messages a second for the whole bot), shared by every bot
-- instance on this database: one row, a Bucket4j bucket's state, read and written under a transaction-
-- scoped advisory lock on its id (notification/SharedBudget). Bucket4j inserts the row on first use.
create table send_budget (
    id    bigint primary key,
    state bytea
);
