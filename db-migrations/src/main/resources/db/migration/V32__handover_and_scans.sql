-- In-person payments (慰问团现金) and goods (实物): who handed over what, when, to whom. The handover is
-- the payment: the line becomes PAID and the money moves from committed to disbursed.
create table disbursement_handover (
    line_id     bigint       primary key references disbursement_line (id),
    handed_by   varchar(200) not null,
    handed_on   date         not null,
    note        varchar(500),
    entry_id    bigint       not null,
    recorded_by bigint       not null references user_account (id),
    recorded_at timestamptz  not null
);

-- The signed roster (签字花名册) scanned and kept with its batch.
create sequence batch_scan_seq;

create table batch_scan (
    id           bigint       primary key,
    batch_id     bigint       not null references disbursement_batch (id),
    filename     varchar(200) not null,
    content_type varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       bytea        not null,
    content      bytea        not null,
    uploaded_by  bigint       not null references user_account (id),
    uploaded_at  timestamptz  not null
);

create index batch_scan_batch_idx on batch_scan (batch_id);
