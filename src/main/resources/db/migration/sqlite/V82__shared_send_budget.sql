-- Nothing to do on SQLite: one instance only, whose send budget stays in its own memory
-- (notification/GlobalBudget.Local). This version exists so that SQLite's and PostgreSQL's migrations
-- keep the same sequence of versions (PostgreSQL's V82 creates the shared budget's table).
select 1;
