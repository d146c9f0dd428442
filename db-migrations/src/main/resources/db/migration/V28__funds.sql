-- Money into the union tree and down it (DOMAIN §6). Each row is the business document behind a
-- ledger entry (entry_id); the ledger's postings carry the amounts that balances are derived from.

-- 资金入账 and 募集: donations (donor, receipt number) and other income (finance money, own funds, party
-- dues, interest) received into a union's account. The number is unique per union, so a receipt
-- recorded twice is refused instead of counted twice.
create sequence fund_receipt_seq;

create table fund_receipt (
    id                    bigint        primary key,
    organisation_id       bigint        not null references organisation (id),
    campaign_id           bigint        references campaign (id),
    source                varchar(24)   not null check (source not in ('UPPER_UNION', 'MATCHING')),
    purpose               varchar(16)   not null,
    amount                numeric(14,2) not null check (amount > 0),
    received_on           date          not null,
    receipt_number        varchar(50)   not null,
    donor_kind            varchar(12)   check (donor_kind in ('UNIT', 'PERSON')),
    donor_organisation_id bigint        references organisation (id),
    donor_name            varchar(100),
    note                  varchar(500),
    entry_id              bigint        not null,
    recorded_by           bigint        not null references user_account (id),
    recorded_at           timestamptz   not null,
    unique (organisation_id, receipt_number),
    check ((source in ('UNIT_DONATION', 'PERSONAL_DONATION', 'SOCIAL_DONATION')) = (donor_name is not null))
);

create index fund_receipt_campaign_idx on fund_receipt (campaign_id, received_on);

-- 下拨 with 配套: an upper union hands money of one source and purpose to a direct child, which owes a
-- match of amount × ratio by a date. request_key makes a form sent twice one allocation.
create sequence allocation_seq;

create table allocation (
    id              bigint        primary key,
    campaign_id     bigint        not null references campaign (id),
    from_union_id   bigint        not null references organisation (id),
    to_union_id     bigint        not null references organisation (id),
    source          varchar(24)   not null,
    purpose         varchar(16)   not null,
    amount          numeric(14,2) not null check (amount > 0),
    matching_ratio  numeric(5,2)  not null check (matching_ratio >= 0),
    match_due_on    date,
    note            varchar(500),
    request_key     uuid          not null,
    entry_id        bigint        not null,
    created_by      bigint        not null references user_account (id),
    created_at      timestamptz   not null,
    unique (request_key, to_union_id),
    check (from_union_id <> to_union_id),
    check (matching_ratio = 0 or match_due_on is not null)
);

create index allocation_to_idx on allocation (to_union_id, campaign_id);
create index allocation_from_idx on allocation (from_union_id, campaign_id);

create sequence matching_contribution_seq;

create table matching_contribution (
    id            bigint        primary key,
    allocation_id bigint        not null references allocation (id),
    amount        numeric(14,2) not null check (amount > 0),
    received_on   date          not null,
    note          varchar(500),
    request_key   uuid          not null unique,
    entry_id      bigint        not null,
    recorded_by   bigint        not null references user_account (id),
    recorded_at   timestamptz   not null
);

create index matching_contribution_allocation_idx on matching_contribution (allocation_id);

-- 结余转移: what is left of a campaign's money moves to daily assistance only on a recorded decision of
-- the chair's office meeting, requested by one person and approved by another.
create sequence balance_transfer_seq;

create table balance_transfer (
    id                bigint        primary key,
    organisation_id   bigint        not null references organisation (id),
    campaign_id       bigint        not null references campaign (id),
    source            varchar(24)   not null,
    from_purpose      varchar(16)   not null check (from_purpose <> 'DAILY'),
    amount            numeric(14,2) not null check (amount > 0),
    decision_number   varchar(50)   not null,
    decision_date     date          not null,
    decision_document varchar(200)  not null,
    status            varchar(10)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by      bigint        not null references user_account (id),
    requested_at      timestamptz   not null,
    decided_by        bigint        references user_account (id),
    decided_at        timestamptz,
    decision_note     varchar(500),
    entry_id          bigint,
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'APPROVED') = (entry_id is not null))
);
