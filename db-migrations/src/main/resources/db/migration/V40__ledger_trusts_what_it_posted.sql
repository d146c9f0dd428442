-- The ledger trusts nothing it did not post (docs/rules.md R-LEDGER-03 … R-LEDGER-07).
--
-- Until now the writer changed ledger_balance in the statement that stored the postings, and nothing stopped
-- anyone else from changing it too: one UPDATE by a database user made the application allow money that was
-- never received. From here on the balances are written by a trigger on ledger_posting and by nothing else.

-- R-LEDGER-03: the posting trigger is the balances' only writer. It runs once per statement over the postings
-- the statement stored (a transition table), adds them up per account and applies the sums. While it writes,
-- it marks the transaction; the guard below lets a change of ledger_balance through only from inside a
-- trigger (pg_trigger_depth() > 1) with that mark set. A statement typed by hand is neither, whatever it sets.
create function ledger_balance_follows_postings() returns trigger
    language plpgsql as
$$
begin
    -- New postings are written in the content form of V40 (version 2, which hashes the anchored head).
    if exists (select 1 from new_postings where content_version <> 2) then
        raise exception 'ledger postings are written in content version 2' using errcode = 'check_violation';
    end if;
    perform set_config('unionaid.ledger_balance_writer', 'ledger_posting', true);
    with change as (
        select union_id, account_kind, fund_source, purpose, sum(amount) as amount
          from new_postings
         group by union_id, account_kind, fund_source, purpose
    ), changed as (
        -- Not INSERT … ON CONFLICT: PostgreSQL checks the row it would insert before it finds the conflict,
        -- so a withdrawal (a negative change) would fail the balance's "never below zero" check.
        update ledger_balance b set amount = b.amount + c.amount
          from change c
         where b.union_id = c.union_id and b.account_kind = c.account_kind
           and b.fund_source = c.fund_source and b.purpose = c.purpose
        returning b.union_id, b.account_kind, b.fund_source, b.purpose
    )
    insert into ledger_balance (union_id, account_kind, fund_source, purpose, amount)
    select c.union_id, c.account_kind, c.fund_source, c.purpose, c.amount
      from change c
     where not exists (select 1 from changed d
                        where d.union_id = c.union_id and d.account_kind = c.account_kind
                          and d.fund_source = c.fund_source and d.purpose = c.purpose);
    perform set_config('unionaid.ledger_balance_writer', '', true);
    return null;
end;
$$;

create trigger ledger_posting_moves_balances
    after insert on ledger_posting
    referencing new table as new_postings
    for each statement execute function ledger_balance_follows_postings();

create function ledger_balance_written_by_postings() returns trigger
    language plpgsql as
$$
begin
    if pg_trigger_depth() < 2
            or coalesce(current_setting('unionaid.ledger_balance_writer', true), '') <> 'ledger_posting' then
        raise exception 'ledger_balance is written only by the posting trigger: % refused (R-LEDGER-03)', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger ledger_balance_posting_only
    before insert or update on ledger_balance
    for each row execute function ledger_balance_written_by_postings();

-- R-LEDGER-06: an entry may record another union's chain head (an allocation records its receiver's, as it
-- stood before the allocation). The anchor is hashed into every posting of the entry (content version 2), so
-- the receiver, which cannot rewrite the giver's chain, cannot cut its own chain back below it unnoticed.
alter table ledger_entry
    add column anchor_union_id bigint references organisation (id),
    add column anchor_seq      bigint check (anchor_seq >= 0),
    add column anchor_hash     bytea  check (octet_length(anchor_hash) = 32),
    add constraint ledger_entry_anchor_whole
        check ((anchor_union_id is null) = (anchor_seq is null) and (anchor_seq is null) = (anchor_hash is null));

create index ledger_entry_anchor_idx on ledger_entry (anchor_union_id, anchor_seq) where anchor_union_id is not null;

-- Which canonical form a posting was hashed in (PostingContent): the postings stored so far keep version 1,
-- whose hash input is unchanged, so every chain written before this migration still verifies. Adding the
-- column with a default writes no row (and so passes the append-only trigger); new postings name their
-- version themselves.
alter table ledger_posting add column content_version smallint not null default 1
    check (content_version in (1, 2));
alter table ledger_posting alter column content_version drop default;
