-- Self-assessment (tự đánh giá, tự chấm điểm), team and council review (thẩm định), principal approval.
-- Scores are text holding at most one decimal ("8", "8.5"), read as BigDecimal.

-- One self-assessment per staff member and school year.
create table self_assessment (
    id                  integer primary key autoincrement,
    staff_id            integer not null references staff_member(id),
    school_year         text    not null,
    -- the team at the latest submission: who reviews it first, and how lists are grouped
    team_name           text,
    status              text    not null,          -- DRAFT SUBMITTED RETURNED TEAM_REVIEWED REVIEWED APPROVED
    -- where the self-assessment dialog resumes: index into the sheet's items (criteria, bonus, penalties);
    -- equal to the number of items when the teacher reached the summary
    current_item        integer not null default 0,
    -- decided at submission: the campaign wants a team review and the team has a leader who can do it
    needs_team_review   integer not null default 0,
    -- increases each time the council passes it to the principal; approval buttons carry it
    approval_round      integer not null default 0,
    -- review locking: who opened it for review and when (a claim lapses after a few hours)
    claimed_by          integer references staff_member(id),
    claimed_at          timestamp,
    team_reviewed_by    integer references staff_member(id),
    council_reviewed_by integer references staff_member(id),
    decided_by          integer references staff_member(id),
    -- the final score and rating, fixed when the principal approves; cleared when reopened
    final_score         text,
    final_band_code     text,
    final_band_name     text,
    submitted_at        timestamp,
    decided_at          timestamp,
    created_at          timestamp not null,
    updated_at          timestamp not null,
    version             integer not null default 0,
    unique (staff_id, school_year)
);
create index self_assessment_year_status on self_assessment(school_year, status);

-- One row per item of the score sheet the assessment has a score for (criterion, bonus or penalty).
-- A null team or council score means "agrees with the column before it".
create table assessment_score (
    id              integer primary key autoincrement,
    assessment_id   integer not null references self_assessment(id),
    item_code       text    not null,
    self_score      text,
    team_score      text,
    team_reason     text,
    team_by         integer references staff_member(id),
    council_score   text,
    council_reason  text,
    council_by      integer references staff_member(id),
    updated_at      timestamp not null,
    unique (assessment_id, item_code)
);

-- Evidence (minh chứng): only Telegram's file id is kept; the bot never downloads it.
create table assessment_evidence (
    id              integer primary key autoincrement,
    assessment_id   integer not null references self_assessment(id),
    item_code       text    not null,
    telegram_file_id text   not null,
    file_name       text,
    mime_type       text,
    size_bytes      integer not null default 0,
    kind            text    not null,              -- PHOTO or DOCUMENT
    uploaded_at     timestamp not null
);
create index assessment_evidence_item on assessment_evidence(assessment_id, item_code);

-- History: every transition, with who, when and why.
create table assessment_event (
    id              integer primary key autoincrement,
    assessment_id   integer not null references self_assessment(id),
    action          text    not null,              -- START SUBMIT RESUBMIT TEAM_REVIEW RETURN PASS APPROVE PRINCIPAL_RETURN REOPEN
    from_status     text,
    to_status       text    not null,
    actor_staff_id  integer not null references staff_member(id),
    at              timestamp not null,
    reason          text,
    -- the total that mattered at that step (self total when submitted, council total when passed, final when approved)
    total           text
);
create index assessment_event_assessment on assessment_event(assessment_id, id);
