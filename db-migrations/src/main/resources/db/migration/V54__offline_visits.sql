-- Issue 22 part 2: visits recorded on a phone without a signal and sent when one returns. Each visit the phone
-- sends carries an idempotency key of its own (crypto.randomUUID()); its first outcome is kept here, in the
-- transaction that records the visit (R-VISIT-01) or, for a refusal, with the refusal's message key
-- (R-VISIT-02), so that sending it again answers the same and records nothing.
create table offline_submission (
    idempotency_key uuid         primary key,
    user_id         bigint       not null references user_account (id),
    visit_id        bigint       references visit (id),
    outcome         varchar(16)  not null check (outcome in ('RECORDED', 'REFUSED')),
    reason_key      varchar(100),
    reason_args     varchar(300),
    created_at      timestamptz  not null,
    check (outcome = 'RECORDED' or reason_key is not null)
);

create index offline_submission_user on offline_submission (user_id, created_at);

-- The key a phone encrypts its list and its waiting visits with (AES-GCM, 256 bits), handed out at sign-in to the
-- offline page and refused once it expires (R-VISIT-05): the phone then wipes what it holds.
create table offline_key (
    id          uuid         primary key,
    user_id     bigint       not null references user_account (id),
    secret      bytea        not null check (length(secret) = 32),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null
);

create index offline_key_expiry on offline_key (expires_at);
