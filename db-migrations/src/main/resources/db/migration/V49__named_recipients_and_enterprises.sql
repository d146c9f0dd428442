-- Everything the notices count besides hardship files (docs/rules.md R-STAT-05 to R-STAT-07): model workers
-- (劳模), front-line workers (一线职工), migrant workers in hardship (困难农民工) and Party members in hardship or of long
-- standing (困难党员、老党员) are visited and given money or goods by name (seed 000: 点对点的精准式慰问, 从党费中安排;
-- seed 002), paid through the same batches, rules, rosters and ledger as households; and enterprises in
-- difficulty (困难企业) are recorded with the visits paid to them and what they were given.

create sequence named_recipient_seq;

create table named_recipient (
    id               bigint       primary key,
    -- the union that keeps the list the person is on
    organisation_id  bigint       not null references organisation (id),
    recipient_group  varchar(20)  not null check (recipient_group in ('MODEL_WORKER', 'FRONTLINE_WORKER',
                                                                      'MIGRANT_WORKER', 'PARTY_MEMBER')),
    name             varchar(50)  not null,
    id_sealed        bytea        not null,
    id_index         bytea        not null,
    id_masked        varchar(18)  not null,
    employer         varchar(100),
    honour           varchar(100),
    bank             varchar(24)  check (bank in ('ICBC', 'ABC', 'BOC', 'CCB', 'BOCOM', 'PSBC', 'CMB',
                                                  'RURAL_COMMERCIAL', 'OTHER')),
    bank_card_sealed bytea,
    bank_card_index  bytea,
    bank_card_masked varchar(23),
    bank_holder      varchar(50),
    created_by       bigint       not null references user_account (id),
    created_at       timestamptz  not null,
    -- a person is on one list of a union, so that one campaign pays them once per purpose there
    unique (organisation_id, id_index),
    constraint named_recipient_card_complete check (
        (bank is null and bank_card_sealed is null and bank_card_index is null and bank_card_masked is null
             and bank_holder is null)
        or (bank is not null and bank_card_sealed is not null and bank_card_index is not null
             and bank_card_masked is not null and bank_holder is not null)),
    -- R-STAT-06: paid by name, to the recipient's own card
    constraint named_recipient_own_card check (bank_holder is null or bank_holder = name)
);

create index named_recipient_group_idx on named_recipient (organisation_id, recipient_group, name);

-- R-STAT-07: what each named group receives per purpose in a campaign.
create table campaign_group_standard (
    campaign_id     bigint        not null references campaign (id),
    recipient_group varchar(20)   not null check (recipient_group in ('MODEL_WORKER', 'FRONTLINE_WORKER',
                                                                      'MIGRANT_WORKER', 'PARTY_MEMBER')),
    purpose         varchar(16)   not null,
    amount          numeric(14,2) not null check (amount > 0),
    primary key (campaign_id, recipient_group, purpose)
);

-- A batch pays households of files or named recipients; a line names one payee.
alter table disbursement_batch
    add column payee_kind varchar(8) not null default 'FILES' check (payee_kind in ('FILES', 'NAMED')),
    -- R-STAT-05: finance money stays with approved hardship files
    add constraint disbursement_batch_named_not_finance
        check (payee_kind = 'FILES' or source not in ('CENTRAL_SPECIAL', 'PROVINCIAL_SPECIAL', 'LOCAL_FINANCE'));

alter table disbursement_line
    alter column file_id drop not null,
    add column recipient_id bigint references named_recipient (id),
    add constraint disbursement_line_one_payee check ((file_id is null) <> (recipient_id is null));

-- R-PAY-06 for named recipients: once per campaign and purpose, whatever is retried.
create unique index disbursement_line_recipient_once_idx on disbursement_line (campaign_id, purpose, recipient_id)
    where status <> 'FAILED' and recipient_id is not null;

-- A line to a named recipient belongs to a batch that pays named recipients (and so never finance money).
create function disbursement_line_named_batch() returns trigger
    language plpgsql as $$
begin
    if new.recipient_id is not null
            and not exists (select 1 from disbursement_batch b where b.id = new.batch_id and b.payee_kind = 'NAMED') then
        raise exception 'R-STAT-05: line % pays a named recipient in a batch that does not pay named recipients',
            new.id using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger disbursement_line_named_batch before insert on disbursement_line
    for each row when (new.recipient_id is not null) execute function disbursement_line_named_batch();

-- A visit may be to a named recipient (点对点慰问), a delegation's too: the visit cash and goods are handed over on.
alter table visit
    add column recipient_id bigint references named_recipient (id),
    drop constraint visit_check,
    add constraint visit_whom check (file_id is not null or recipient_id is not null or group_description is not null),
    add constraint visit_one_person check (file_id is null or recipient_id is null),
    drop constraint visit_delegation_to_a_household,
    add constraint visit_delegation_to_a_household
        check (delegation_id is null or file_id is not null or recipient_id is not null);

create index visit_recipient_idx on visit (recipient_id, visited_on) where recipient_id is not null;

-- R-HAND-01 and R-HAND-02 as V42 checks them, the visit being to the line's household or named recipient.
create or replace function disbursement_handover_on_visit() returns trigger
    language plpgsql as $$
declare
    l disbursement_line%rowtype;
    b disbursement_batch%rowtype;
    v visit%rowtype;
    d delegation%rowtype;
begin
    select * into l from disbursement_line where id = new.line_id;
    select * into b from disbursement_batch where id = l.batch_id;
    select * into v from visit where id = new.visit_id;
    select * into d from delegation where id = v.delegation_id;
    if new.visit_id is null or v.id is null or d.id is null or b.method not in ('CASH', 'GOODS')
            or v.kind <> 'HOME' or v.file_id is distinct from l.file_id or v.recipient_id is distinct from l.recipient_id
            or d.organisation_id <> b.paying_union_id
            or new.handed_on <> v.visited_on or v.visited_on not between d.starts_on and d.ends_on then
        raise exception 'R-HAND-01: line % is handed over only on a home visit of a delegation of the paying union to its household, on the visit''s day',
            new.line_id using errcode = 'check_violation';
    end if;
    if not exists (select 1 from batch_scan s
                    where s.batch_id = b.id and (s.uploaded_at at time zone 'Asia/Shanghai')::date >= v.visited_on) then
        raise exception 'R-HAND-02: batch % has no signed roster scanned on or after %', b.id, v.visited_on
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;

-- Enterprises in difficulty (困难企业) and the visits paid to them with what was given.
create sequence hardship_enterprise_seq;

create table hardship_enterprise (
    id              bigint       primary key,
    organisation_id bigint       not null references organisation (id),
    name            varchar(100) not null,
    -- 统一社会信用代码, if known
    credit_code     varchar(18)  check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    difficulty      varchar(500) not null,
    employees       integer      check (employees >= 1),
    created_by      bigint       not null references user_account (id),
    created_at      timestamptz  not null,
    unique (organisation_id, name)
);

create sequence enterprise_visit_seq;

create table enterprise_visit (
    id              bigint        primary key,
    enterprise_id   bigint        not null references hardship_enterprise (id),
    -- the union that visited and gave, whose table counts it
    organisation_id bigint        not null references organisation (id),
    visited_on      date          not null,
    visitors        varchar(300)  not null,
    cash            numeric(14,2) not null check (cash >= 0),
    goods           varchar(200),
    goods_value     numeric(14,2) not null check (goods_value >= 0),
    notes           varchar(500),
    created_by      bigint        not null references user_account (id),
    created_at      timestamptz   not null,
    check ((goods is null) = (goods_value = 0))
);

create index enterprise_visit_enterprise_idx on enterprise_visit (enterprise_id, visited_on desc);
create index enterprise_visit_organisation_idx on enterprise_visit (organisation_id, visited_on);
