-- Statistics tables (统计表) reported upward (DOMAIN §8): one table per campaign, form and union; each
-- submission a frozen version with the hash of its canonical snapshot; the parent's decision on it.

create sequence report_table_seq;

create table report_table (
    id              bigint       primary key,
    campaign_id     bigint       not null references campaign (id),
    definition      varchar(32)  not null,
    organisation_id bigint       not null references organisation (id),
    status          varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    created_at      timestamptz  not null,
    unique (campaign_id, definition, organisation_id)
);

-- Figures no record can give, entered by hand with a note saying where they come from.
create table report_manual_cell (
    table_id   bigint        not null references report_table (id),
    cell       varchar(64)   not null,
    value      numeric(16,2) not null check (value >= 0),
    note       varchar(500)  not null,
    entered_by bigint        not null references user_account (id),
    entered_at timestamptz   not null,
    primary key (table_id, cell)
);

-- Every submission is kept. Only the parent's decision may be written later, once.
create sequence report_version_seq;

create table report_version (
    id               bigint        primary key,
    table_id         bigint        not null references report_table (id),
    number           integer       not null check (number >= 1),
    sha256           varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    submitted_by     bigint        not null references user_account (id),
    submitted_at     timestamptz   not null,
    late             boolean       not null,
    decision         varchar(10)   check (decision in ('ACCEPTED', 'RETURNED')),
    decision_comment varchar(1000),
    decided_by       bigint        references user_account (id),
    decided_at       timestamptz,
    unique (table_id, number),
    check (decision is null or (decided_by is not null and decided_at is not null)),
    check (decision is distinct from 'RETURNED' or decision_comment is not null)
);

create function refuse_report_version_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or new.table_id <> old.table_id or new.number <> old.number or new.sha256 <> old.sha256
        or new.submitted_by <> old.submitted_by or new.submitted_at <> old.submitted_at or new.late <> old.late
        or old.decision is not null then
        raise exception 'report_version % is frozen: % refused', old.id, tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger report_version_frozen
    before update or delete on report_version
    for each row execute function refuse_report_version_change();

-- The snapshot: each cell's total, the union's own figure and its accepted children's sum.
create table report_version_cell (
    version_id bigint        not null references report_version (id),
    cell       varchar(64)   not null,
    total      numeric(16,2) not null,
    own        numeric(16,2) not null,
    children   numeric(16,2) not null,
    manual     boolean       not null,
    note       varchar(500),
    primary key (version_id, cell)
);

create trigger report_version_cell_append_only
    before update or delete on report_version_cell
    for each row execute function refuse_history_change();

-- 催报: a parent reminds a child to submit; the child sees it on its reports page.
create sequence report_reminder_seq;

create table report_reminder (
    id              bigint        primary key,
    campaign_id     bigint        not null references campaign (id),
    definition      varchar(32)   not null,
    organisation_id bigint        not null references organisation (id),
    sent_by         bigint        not null references user_account (id),
    sent_at         timestamptz   not null,
    message         varchar(500)
);

create index report_reminder_idx on report_reminder (organisation_id, campaign_id, sent_at desc);
