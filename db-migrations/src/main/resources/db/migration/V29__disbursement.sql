-- Disbursement batches (发放批次) and their lines (DOMAIN §7). A line is one household's payment for a
-- campaign and purpose; the partial unique index is what makes "never paid twice" hold under any
-- retry, double click or concurrent batch: at most one line per campaign, purpose and file that has
-- not failed.
create sequence disbursement_batch_seq;

create table disbursement_batch (
    id               bigint       primary key,
    campaign_id      bigint       not null references campaign (id),
    paying_union_id  bigint       not null references organisation (id),
    source           varchar(24)  not null,
    purpose          varchar(16)  not null,
    method           varchar(16)  not null check (method in ('BANK_TRANSFER', 'CASH', 'GOODS')),
    goods            varchar(200),
    status           varchar(10)  not null check (status in ('DRAFT', 'APPROVED')),
    created_by       bigint       not null references user_account (id),
    created_at       timestamptz  not null,
    approved_by      bigint       references user_account (id),
    approved_at      timestamptz,
    commitment_entry bigint,
    check (approved_by is null or approved_by <> created_by),
    check ((status = 'APPROVED') = (commitment_entry is not null)),
    check ((method = 'GOODS') = (goods is not null))
);

create index disbursement_batch_union_idx on disbursement_batch (paying_union_id, campaign_id);

create sequence disbursement_line_seq;

create table disbursement_line (
    id             bigint        primary key,
    batch_id       bigint        not null references disbursement_batch (id),
    campaign_id    bigint        not null references campaign (id),
    purpose        varchar(16)   not null,
    file_id        bigint        not null references hardship_file (id),
    amount         numeric(14,2) not null check (amount > 0),
    standard       numeric(14,2),
    edit_reason    varchar(500),
    -- unique per batch line: the bank echoes it back in the return file
    reference      varchar(32)   not null unique,
    status         varchar(10)   not null check (status in ('PENDING', 'SENT', 'PAID', 'FAILED')),
    failure_reason varchar(200),
    created_at     timestamptz   not null,
    check (standard is null or amount <= standard or edit_reason is not null)
);

create unique index disbursement_line_once_idx on disbursement_line (campaign_id, purpose, file_id)
    where status <> 'FAILED';
create index disbursement_line_batch_idx on disbursement_line (batch_id);
