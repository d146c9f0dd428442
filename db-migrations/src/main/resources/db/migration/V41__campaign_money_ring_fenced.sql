-- Campaign money is ring-fenced (docs/rules.md R-FUND-01 … R-FUND-09; seed 002: 专款专用).
--
-- Until now a union's money was one pool per source and purpose, whatever campaign it came for, so 100,000 of a
-- running campaign could leave through a dummy campaign that had "ended" a minute before. From here on money is
-- held per union × campaign × source × purpose; daily assistance (DAILY) belongs to no campaign; a campaign is
-- closed by an explicit step and frozen from then on; its leftover leaves only by a balance transfer on a chair's
-- office meeting decision with minutes.

-- R-FUND-01: a posting's campaign pool. It is not hashed as a field of its own: it is implied by the entry's
-- campaign and the posting's purpose — the entry's campaign, or none for DAILY — which every posting has always
-- hashed (PostingContent). So the postings written before this migration get exactly the pool their hashed
-- content implies, their hash input stays as it was, and every existing chain still verifies; a pool stored
-- other than the implied one makes the posting fail verification. This UPDATE is the only rewrite of postings
-- ever made, and it writes a value the chain already determines; the append-only trigger is off for it alone.
alter table ledger_posting add column campaign_id bigint;

alter table ledger_posting disable trigger ledger_posting_append_only;
update ledger_posting p
   set campaign_id = e.campaign_id
  from ledger_entry e
 where e.id = p.entry_id and e.campaign_id is not null and p.purpose <> 'DAILY';
alter table ledger_posting enable trigger ledger_posting_append_only;

-- The balances again, now per campaign, recomputed from the postings. Before ring-fencing a campaign could spend
-- money received for another campaign or for none; re-keyed, such a campaign's account comes out below zero.
-- History is not rewritten: the account keeps that deficit as its floor (legacy_floor), may only rise from it,
-- and new money never goes below zero (Ledger refuses any withdrawal that would leave an account negative).
alter table ledger_balance disable trigger ledger_balance_not_deleted;
alter table ledger_balance disable trigger ledger_balance_posting_only;
delete from ledger_balance;
alter table ledger_balance drop constraint ledger_balance_pkey;
alter table ledger_balance drop constraint ledger_balance_check;
alter table ledger_balance
    add column campaign_id  bigint,
    add column legacy_floor numeric(14,2) not null default 0 check (legacy_floor <= 0);
insert into ledger_balance (union_id, account_kind, fund_source, purpose, campaign_id, amount, legacy_floor)
select union_id, account_kind, fund_source, purpose, campaign_id, sum(amount),
       case when account_kind = 'RECEIVED' then 0 else least(sum(amount), 0) end
  from ledger_posting
 group by union_id, account_kind, fund_source, purpose, campaign_id;
alter table ledger_balance enable trigger ledger_balance_not_deleted;
alter table ledger_balance enable trigger ledger_balance_posting_only;

-- Money held never goes below zero (below its migrated floor, for an account that was already there).
alter table ledger_balance add constraint ledger_balance_never_below
    check (account_kind = 'RECEIVED' or amount >= legacy_floor);
create unique index ledger_balance_account_idx
    on ledger_balance (union_id, account_kind, fund_source, purpose, campaign_id) nulls not distinct;

-- The posting trigger (V40) applies postings per campaign pool too, and refuses a posting outside the pool its
-- entry implies, whatever wrote it.
create or replace function ledger_balance_follows_postings() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from new_postings where content_version <> 2) then
        raise exception 'ledger postings are written in content version 2' using errcode = 'check_violation';
    end if;
    if exists (select 1 from new_postings p join ledger_entry e on e.id = p.entry_id
                where p.campaign_id is distinct from (case when p.purpose = 'DAILY' then null else e.campaign_id end)) then
        raise exception 'a posting belongs to its entry''s campaign, or to none for daily assistance (R-FUND-01)'
            using errcode = 'check_violation';
    end if;
    perform set_config('unionaid.ledger_balance_writer', 'ledger_posting', true);
    with change as (
        select union_id, account_kind, fund_source, purpose, campaign_id, sum(amount) as amount
          from new_postings
         group by union_id, account_kind, fund_source, purpose, campaign_id
    ), changed as (
        update ledger_balance b set amount = b.amount + c.amount
          from change c
         where b.union_id = c.union_id and b.account_kind = c.account_kind
           and b.fund_source = c.fund_source and b.purpose = c.purpose
           and b.campaign_id is not distinct from c.campaign_id
        returning b.union_id, b.account_kind, b.fund_source, b.purpose, b.campaign_id
    )
    insert into ledger_balance (union_id, account_kind, fund_source, purpose, campaign_id, amount)
    select c.union_id, c.account_kind, c.fund_source, c.purpose, c.campaign_id, c.amount
      from change c
     where not exists (select 1 from changed d
                        where d.union_id = c.union_id and d.account_kind = c.account_kind
                          and d.fund_source = c.fund_source and d.purpose = c.purpose
                          and d.campaign_id is not distinct from c.campaign_id);
    perform set_config('unionaid.ledger_balance_writer', '', true);
    return null;
end;
$$;

-- R-FUND-02: a campaign is closed by an explicit step, after its end date, once; nothing else of it changes.
alter table campaign
    add column closed_on date,
    add column closed_by bigint references user_account (id),
    add column closed_at timestamptz,
    add constraint campaign_closed_whole
        check ((closed_on is null) = (closed_by is null) and (closed_by is null) = (closed_at is null)),
    add constraint campaign_closed_after_end check (closed_on is null or closed_on > ends_on);

create function campaign_closes_once() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' or old.closed_on is not null or new.closed_on is null
            or (new.id, new.name, new.year, new.starts_on, new.ends_on, new.organisation_id, new.reporting_deadline,
                new.study_living_cost_monthly, new.created_by, new.created_at, new.filing_deadline)
               is distinct from
               (old.id, old.name, old.year, old.starts_on, old.ends_on, old.organisation_id, old.reporting_deadline,
                old.study_living_cost_monthly, old.created_by, old.created_at, old.filing_deadline) then
        raise exception 'campaign % is only ever closed, once: % refused (R-FUND-02)', old.id, tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger campaign_closed_once
    before update or delete on campaign
    for each row execute function campaign_closes_once();

-- R-FUND-03: a closed campaign takes no receipt, allocation, match, batch or batch line. The campaign row is read
-- FOR SHARE: a closing in progress (which holds it FOR UPDATE while it counts the open batches) is waited for,
-- and a closing waits for the money or batch being added, then counts it.
create function refuse_closed_campaign() returns trigger
    language plpgsql as
$$
declare
    closed  date;
    subject bigint;
begin
    if tg_table_name = 'disbursement_line' then
        perform 1 from campaign c
         where c.id in (select campaign_id from new_lines)
           for share;
        select c.closed_on, c.id into closed, subject
          from campaign c
         where c.id in (select campaign_id from new_lines)
           and c.closed_on is not null
         limit 1;
    else
        if tg_table_name = 'matching_contribution' then
            select a.campaign_id into subject from allocation a where a.id = new.allocation_id;
        else
            subject := new.campaign_id;
        end if;
        select c.closed_on into closed from campaign c where c.id = subject for share;
    end if;
    if closed is not null then
        raise exception 'campaign % was closed on %: it takes no more money and no new payments (R-FUND-03)',
            subject, closed using errcode = 'check_violation';
    end if;
    return case when tg_level = 'ROW' then new else null end;
end;
$$;

create trigger fund_receipt_campaign_open before insert on fund_receipt
    for each row execute function refuse_closed_campaign();
create trigger allocation_campaign_open before insert on allocation
    for each row execute function refuse_closed_campaign();
create trigger matching_contribution_campaign_open before insert on matching_contribution
    for each row execute function refuse_closed_campaign();
create trigger disbursement_batch_campaign_open before insert on disbursement_batch
    for each row execute function refuse_closed_campaign();
-- Lines come a thousand at a time: one check per statement, not per line.
create trigger disbursement_line_campaign_open after insert on disbursement_line
    referencing new table as new_lines
    for each statement execute function refuse_closed_campaign();

-- R-FUND-04 … R-FUND-07: a balance transfer leaves a closed campaign, on a meeting held on or after the closing,
-- under a decision number the union uses once (a rejected request frees it), with the meeting's minutes.
create function balance_transfer_from_closed_campaign() returns trigger
    language plpgsql as
$$
declare
    closed date;
begin
    select c.closed_on into closed from campaign c where c.id = new.campaign_id;
    if closed is null or new.decision_date < closed then
        raise exception 'balance transfer % needs a closed campaign and a meeting on or after its closing (R-FUND-04, R-FUND-05)',
            new.id using errcode = 'check_violation';
    end if;
    return new;
end;
$$;

create trigger balance_transfer_closed_campaign before insert on balance_transfer
    for each row execute function balance_transfer_from_closed_campaign();

create unique index balance_transfer_decision_once_idx
    on balance_transfer (organisation_id, decision_number) where status <> 'REJECTED';

alter table balance_transfer add column minutes_sha256 varchar(64) check (minutes_sha256 ~ '^[0-9a-f]{64}$');

-- The minutes as uploaded (a PDF, recognised by its content), kept with the transfer and never changed.
create table balance_transfer_minutes (
    transfer_id bigint        primary key references balance_transfer (id),
    content     bytea         not null,
    sha256      varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    stored_at   timestamptz   not null
);

create trigger balance_transfer_minutes_append_only
    before update or delete on balance_transfer_minutes
    for each row execute function refuse_history_change();
