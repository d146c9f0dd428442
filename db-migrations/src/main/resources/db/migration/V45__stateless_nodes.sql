-- Issue 20: the application keeps nothing between requests in a node's memory or on its disk, so that
-- several nodes can serve one installation and any of them can die without logging anyone out.

-- HTTP sessions, as Spring Session JDBC stores them (its schema-postgresql.sql, 4.1). Attributes are
-- Java-serialised: the signed-in user, the CSRF token, flash messages between a POST and its redirect.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
-- A change to a user ends that user's sessions: found by login name.
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Scheduled work runs on one node at a time (ShedLock's JDBC provider, times from the database's clock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Failed logins per login name (lower case), for the throttle every node applies alike. Rows older than
-- the throttle's window mean nothing and are purged; a successful login clears its name's rows.
create table login_failure (
    login_key varchar(200) not null,
    failed_at timestamptz  not null
);

create index login_failure_key_idx on login_failure (login_key, failed_at);
create index login_failure_failed_idx on login_failure (failed_at);
