-- R-CARD-01 (issue 15, 一卡一户): one bank card belongs to at most one active file (status other than
-- EXITED and CANCELLED), in any union, as a person does (active_person_claim, V4). The card's blind index
-- is claimed here when a file is opened, revised, re-verified or imported with it, and released when the
-- file exits, is cancelled or changes its card; the primary key lets only one file hold it, and a second
-- clerk's INSERT … ON CONFLICT DO NOTHING waits for the first one's transaction, so two clerks filing one
-- card at once end with one file. Like the person claims, there is no index on file_id: claims are
-- released by card, and an import would pay one more index entry per file.
create table active_card_claim (
    card_index bytea  primary key,
    file_id    bigint not null references hardship_file (id)
);

-- The active files written before this table existed claim their cards now. Where two or more active
-- files already share a card, only the oldest one (first filed; ties by id, as an import files its rows)
-- keeps the claim and the others are left unclaimed:
--  * a migration cannot tell which household the card really belongs to, so it neither closes a file
--    nor takes its card away: that is for the clerks who know the households, with a reason in the
--    file's history;
--  * the oldest file is the one that was there first: the later ones are the entries the claim would
--    have refused, had it existed;
--  * an unclaimed file is refused on the card field at its next revision or re-verification (the claim
--    is taken again and found held), so it cannot stay unnoticed, and no new file can add a third copy;
--  * meanwhile no line of any of the files sharing the card is paid (R-CARD-02 in PaymentRules, checked
--    when a batch is filled and again when it is approved), so the shared card pays nobody twice.
insert into active_card_claim (card_index, file_id)
select distinct on (bank_card_index) bank_card_index, id
  from hardship_file
 where bank_card_index is not null
   and status not in ('EXITED', 'CANCELLED')
 order by bank_card_index, created_at, id;
