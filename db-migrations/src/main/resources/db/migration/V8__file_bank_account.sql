-- The worker's bank account: money is paid only by transfer to a card in the worker's own name
-- (seed 002, 实名制). The card number is sealed, blind-indexed (one card shared by several workers is
-- an audit anomaly) and masked, like ID numbers.
alter table hardship_file
    add column bank             varchar(24) check (bank in ('ICBC', 'ABC', 'BOC', 'CCB', 'BOCOM', 'PSBC', 'CMB',
                                                            'RURAL_COMMERCIAL', 'OTHER')),
    add column bank_card_sealed bytea,
    add column bank_card_index  bytea,
    add column bank_card_masked varchar(23),
    add column bank_holder      varchar(50),
    add constraint hardship_file_bank_account_complete check (
        (bank is null and bank_card_sealed is null and bank_card_index is null and bank_card_masked is null
             and bank_holder is null)
        or (bank is not null and bank_card_sealed is not null and bank_card_index is not null
             and bank_card_masked is not null and bank_holder is not null));

create index hardship_file_bank_card_index_idx on hardship_file (bank_card_index);
