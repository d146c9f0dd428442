-- The double-entry ledger (台账). An entry is one business movement; its postings, one per line,
-- sum to zero. Each union's postings form a hash chain (chain_seq 1, 2, 3, … each hash covering the
-- previous one), so an auditor can prove that nothing was changed or removed. Entries and postings
-- are append-only; corrections are reversing entries. Balances are maintained alongside, in the same
-- transaction, and can always be recomputed from the postings.

-- A sequence rather than an identity: every posting's hash holds its entry id, so the writer takes
-- the id before the insert (a block of 50 per call), and a bulk load can reserve the ids it needs.
create sequence ledger_entry_seq increment by 50;

create table ledger_entry (
    id                bigint       primary key default nextval('ledger_entry_seq'),
    kind              varchar(16)  not null check (kind in ('DONATION', 'RECEIPT', 'ALLOCATION', 'MATCHING', 'COMMITMENT',
                          'DISBURSEMENT', 'BANK_RETURN', 'REVERSAL', 'BALANCE_TRANSFER', 'OPENING')),
    -- The business document behind the movement, for the drill-down from a posting to its proof.
    document_type     varchar(64)  not null check (document_type ~ '^[a-z][a-z0-9_]*$'),
    document_id       bigint       not null,
    -- Campaigns come later; no foreign key yet.
    campaign_id       bigint,
    memo              varchar(500),
    reverses_entry_id bigint       references ledger_entry (id),
    posted_at         timestamptz  not null,
    posted_by         bigint       not null references user_account (id),
    check ((kind = 'REVERSAL') = (reverses_entry_id is not null))
);

-- An entry is reversed once at most.
create unique index ledger_entry_reversed_once_idx on ledger_entry (reverses_entry_id);
create index ledger_entry_document_idx on ledger_entry (document_type, document_id);
create index ledger_entry_campaign_idx on ledger_entry (campaign_id) where campaign_id is not null;

create table ledger_posting (
    id           bigint        generated always as identity primary key,
    entry_id     bigint        not null references ledger_entry (id),
    union_id     bigint        not null references organisation (id),
    chain_seq    bigint        not null check (chain_seq >= 1),
    account_kind varchar(16)   not null check (account_kind in ('AVAILABLE', 'COMMITTED', 'DISBURSED', 'RECEIVED')),
    fund_source  varchar(24)   not null check (fund_source in ('CENTRAL_SPECIAL', 'PROVINCIAL_SPECIAL',
                     'LOCAL_FINANCE', 'UPPER_UNION', 'OWN_UNION_FUNDS', 'PARTY_DUES', 'UNIT_DONATION',
                     'PERSONAL_DONATION', 'SOCIAL_DONATION', 'ACCOUNT_INTEREST', 'MATCHING')),
    purpose      varchar(16)   not null check (purpose in ('GENERAL', 'CONDOLENCE', 'LIVING', 'MEDICAL',
                     'EDUCATION', 'EMPLOYMENT', 'DAILY')),
    amount       numeric(14,2) not null check (amount <> 0),
    posted_at    timestamptz   not null,
    prev_hash    bytea         not null check (octet_length(prev_hash) = 32),
    hash         bytea         not null check (octet_length(hash) = 32),
    -- One posting per place in a union's chain: a chain cannot fork.
    unique (union_id, chain_seq)
);

create index ledger_posting_entry_idx on ledger_posting (entry_id);

create trigger ledger_entry_append_only
    before update or delete on ledger_entry
    for each row execute function refuse_history_change();

create trigger ledger_entry_no_truncate
    before truncate on ledger_entry
    for each statement execute function refuse_history_change();

create trigger ledger_posting_append_only
    before update or delete on ledger_posting
    for each row execute function refuse_history_change();

create trigger ledger_posting_no_truncate
    before truncate on ledger_posting
    for each statement execute function refuse_history_change();

-- Double entry, checked by PostgreSQL at commit: an entry has two postings or more and they sum
-- to zero, whatever wrote them.
create function ledger_entry_must_balance() returns trigger
    language plpgsql as
$$
declare
    entry  bigint;
    lines  bigint;
    total  numeric;
begin
    if tg_table_name = 'ledger_entry' then
        entry := new.id;
    else
        entry := new.entry_id;
    end if;
    select count(*), coalesce(sum(amount), 0) into lines, total from ledger_posting where entry_id = entry;
    if lines < 2 or total <> 0 then
        raise exception 'ledger entry % does not balance: % postings summing to %', entry, lines, total
            using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create constraint trigger ledger_entry_balances
    after insert on ledger_entry deferrable initially deferred
    for each row execute function ledger_entry_must_balance();

create constraint trigger ledger_posting_balances
    after insert on ledger_posting deferrable initially deferred
    for each row execute function ledger_entry_must_balance();

-- Where each union's chain ends. Writers lock this row (SELECT … FOR UPDATE) to append, so
-- concurrent entries of one union queue up instead of forking its chain.
create table ledger_chain_head (
    union_id  bigint primary key references organisation (id),
    last_seq  bigint not null check (last_seq >= 0),
    last_hash bytea  not null check (octet_length(last_hash) = 32)
);

-- A head only moves forward ...
create function ledger_chain_head_moves_forward() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' or new.union_id <> old.union_id or new.last_seq <= old.last_seq then
        raise exception 'ledger chain head of union % only moves forward: % refused', old.union_id, tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger ledger_chain_head_forward_only
    before update or delete on ledger_chain_head
    for each row execute function ledger_chain_head_moves_forward();

-- ... onto the posting it names, checked at commit (the writer moves it in the statement that
-- stores the posting).
create function ledger_chain_head_names_its_posting() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from ledger_posting
                    where union_id = new.union_id and chain_seq = new.last_seq and hash = new.last_hash) then
        raise exception 'ledger chain head of union % names no posting % with its hash', new.union_id, new.last_seq
            using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create constraint trigger ledger_chain_head_on_its_posting
    after update on ledger_chain_head deferrable initially deferred
    for each row execute function ledger_chain_head_names_its_posting();

create trigger ledger_chain_head_no_truncate
    before truncate on ledger_chain_head
    for each statement execute function refuse_history_change();

-- Balances per union × account × source × purpose, changed only by postings in their transaction.
create table ledger_balance (
    union_id     bigint        not null references organisation (id),
    account_kind varchar(16)   not null,
    fund_source  varchar(24)   not null,
    purpose      varchar(16)   not null,
    amount       numeric(14,2) not null,
    primary key (union_id, account_kind, fund_source, purpose),
    -- Money held never goes below zero: the last fence against spending the same money twice.
    check (account_kind = 'RECEIVED' or amount >= 0)
);

create trigger ledger_balance_not_deleted
    before delete on ledger_balance
    for each row execute function refuse_history_change();

create trigger ledger_balance_no_truncate
    before truncate on ledger_balance
    for each statement execute function refuse_history_change();
