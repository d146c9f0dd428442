-- Issue 19, part A (GB/T 22239-2019 level 3, identification and authentication): a second factor for those
-- who move money or see personal data, a login throttle per account and client address, and password history.

-- The TOTP secret of a user (R-AUTH-02, R-AUTH-03), sealed with AES-256-GCM like ID and card numbers
-- (purpose TOTP_SECRET): a copy of the database alone gives no code. confirmed_at stays null while the
-- enrolment waits for its first code; only a confirmed secret lets anyone in. last_used_step is the replay
-- guard: a code is taken by raising it in one conditional UPDATE, so two nodes cannot both accept one code.
create table second_factor (
    -- Deferred: a user created through JPA is flushed at commit, after this row (demo users, tests).
    user_id        bigint      primary key references user_account (id) on delete cascade
                                   deferrable initially deferred,
    secret         bytea       not null,
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0 check (last_used_step >= 0)
);

-- Ten single-use recovery codes per enrolment, stored as keyed HMAC-SHA256 digests only (the blind index
-- of purpose RECOVERY_CODE): the codes themselves are shown once and kept nowhere.
create table recovery_code (
    user_id   bigint      not null references second_factor (user_id) on delete cascade,
    code_hash bytea       not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Every password a user has had, as its bcrypt hash (R-AUTH-08: not one of the last five). The current
-- password of each existing user is its first entry.
create table password_history (
    id            bigint generated always as identity primary key,
    -- Deferred, as above: a new user's first password is recorded before JPA flushes the user.
    user_id       bigint       not null references user_account (id) on delete cascade
                                   deferrable initially deferred,
    password_hash varchar(200) not null,
    set_at        timestamptz  not null
);

create index password_history_user_idx on password_history (user_id, set_at desc, id desc);

insert into password_history (user_id, password_hash, set_at)
select id, password_hash, coalesce(password_changed_at, created_at) from user_account;

-- The throttle counts failures per login name and client address (R-AUTH-05): a stranger's failures from
-- elsewhere no longer slow down the user in the office. Rows from before V51 have no address.
alter table login_failure add column client_address varchar(64) not null default '';

drop index login_failure_key_idx;
create index login_failure_key_idx on login_failure (login_key, client_address, failed_at);
create index login_failure_key_time_idx on login_failure (login_key, failed_at);

-- A login name past the per-account ceiling of failures is locked (R-AUTH-06) until an admin of the
-- account's union or above lifts it; names nobody has are locked alike, so the answer tells nothing.
create table login_lock (
    login_key varchar(200) primary key,
    locked_at timestamptz  not null,
    failures  int          not null
);
