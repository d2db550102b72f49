-- The principal's congratulation after the year's list was approved (issue 13): one per school year, so a
-- second attempt is refused and two presses racing insert one row only (primary key).
create table commendation_congratulation (
    school_year  text   not null primary key,
    sent_by      bigint not null references staff_member(id),
    sent_at      text   not null,
    body         text   not null
);
