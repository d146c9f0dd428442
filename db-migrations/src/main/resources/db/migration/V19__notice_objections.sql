-- Objections (异议) raised against a file during its public notice, and how each was decided.
create sequence objection_seq;

create table objection (
    id             bigint        primary key,
    file_id        bigint        not null references hardship_file (id),
    notice_id      bigint        not null references public_notice (id),
    received_on    date          not null,
    channel        varchar(16)   not null check (channel in ('IN_PERSON', 'PHONE', 'LETTER', 'EMAIL', 'OTHER')),
    content        varchar(1000) not null,
    recorded_by    bigint        not null references user_account (id),
    recorded_at    timestamptz   not null,
    outcome        varchar(16)   not null default 'OPEN' check (outcome in ('OPEN', 'UPHELD', 'DISMISSED')),
    outcome_reason varchar(500),
    decided_by     bigint        references user_account (id),
    decided_at     timestamptz,
    check ((outcome = 'OPEN') = (decided_at is null)),
    check (outcome = 'OPEN' or outcome_reason is not null)
);

create index objection_notice_idx on objection (notice_id);
create index objection_file_idx on objection (file_id, outcome);
