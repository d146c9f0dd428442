-- Organisations (the union tree), users and roles, and the append-only audit log.

-- Trigram indexes serve "name contains" filters on lists of thousands of unions.
create extension if not exists pg_trgm;

-- GB/T 2260 administrative divisions, six-digit codes (filled by V2).
create table region (
    code        varchar(6)  primary key check (code ~ '^[0-9]{6}$'),
    name        varchar(50) not null,
    full_name   varchar(120) not null,
    level       varchar(8)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6)  references region (code)
);

create sequence organisation_seq;

create table organisation (
    id                     bigint       primary key,
    code                   varchar(32)  not null unique,
    name                   varchar(100) not null,
    type                   varchar(24)  not null
        check (type in ('NATIONAL', 'PROVINCE', 'PROVINCIAL_ORGANS', 'CITY', 'COUNTY', 'INDUSTRY', 'BASE')),
    parent_id              bigint       references organisation (id),
    -- Materialised path of ids, '/1/7/42/'. The "C" collation makes a subtree one contiguous
    -- range in byte order, served by the b-tree index below.
    path                   varchar(1000) collate "C" not null unique check (path ~ '^(/[0-9]+)+/$'),
    region_code            varchar(6)   not null references region (code),
    runs_assistance_centre boolean      not null default false,
    contact_person         varchar(50),
    contact_phone          varchar(30),
    created_at             timestamptz  not null default now(),
    version                bigint       not null default 0,
    check (parent_id is null or path like '%/' || parent_id || '/' || id || '/')
);

create index organisation_parent_idx on organisation (parent_id);
create index organisation_name_trgm_idx on organisation using gin (name gin_trgm_ops);

create sequence user_account_seq increment by 50;

create table user_account (
    id                  bigint       primary key,
    login_name          varchar(64)  not null unique check (login_name = lower(login_name)),
    display_name        varchar(50)  not null,
    organisation_id     bigint       not null references organisation (id),
    password_hash       varchar(200) not null,
    enabled             boolean      not null default true,
    created_at          timestamptz  not null default now(),
    password_changed_at timestamptz,
    version             bigint       not null default 0
);

create index user_account_organisation_idx on user_account (organisation_id);

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(16) not null check (role in ('CLERK', 'REVIEWER', 'APPROVER', 'FINANCE', 'AUDITOR', 'ADMIN')),
    primary key (user_id, role)
);

-- The action log: who, when, from where, what, on which object, how it ended.
create table audit_event (
    id                    bigint generated always as identity primary key,
    occurred_at           timestamptz  not null default now(),
    actor_login           varchar(64),
    actor_user_id         bigint,
    actor_organisation_id bigint,
    actor_path            varchar(1000) collate "C",
    remote_address        varchar(64),
    action                varchar(64)  not null,
    target_type           varchar(64),
    target_id             varchar(64),
    outcome               varchar(16)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    detail                varchar(2000)
);

create index audit_event_actor_path_idx on audit_event (actor_path, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc);

-- History is never rewritten: PostgreSQL itself refuses to change or remove a row of an
-- append-only table, whatever the application does.
create function refuse_history_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_history_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function refuse_history_change();
