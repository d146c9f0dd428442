-- Matching is required, not only tracked (seed 000: 按1:1的比例予以配套; 各单位要从党费、行政经费等多方面
-- 筹集落实配套资金). Rows written before this migration keep what they had: the new checks are NOT VALID,
-- so they bind every row written from now on without inventing reasons or vouchers for the old ones.

-- R-MATCH-01: a ratio below 1:1 (0 included) is stated with the allocating union's reason.
alter table allocation add column ratio_reason varchar(500);
alter table allocation add constraint allocation_ratio_below_one_explained
    check (matching_ratio >= 1 or btrim(coalesce(ratio_reason, '')) <> '') not valid;

-- R-MATCH-03: a match is booked by the allocation's receiver with its voucher and origin; a voucher number
-- once per union. The receiver is copied onto the row (the key needs it) and bound to the allocation's
-- receiver by a composite foreign key, so it cannot name another union.
alter table allocation add constraint allocation_id_receiver_key unique (id, to_union_id);

alter table matching_contribution add column union_id bigint;
update matching_contribution m set union_id = a.to_union_id from allocation a where a.id = m.allocation_id;
alter table matching_contribution alter column union_id set not null;
alter table matching_contribution add constraint matching_contribution_receiver_fk
    foreign key (allocation_id, union_id) references allocation (id, to_union_id);

alter table matching_contribution add column voucher_number varchar(50);
alter table matching_contribution add column source varchar(24)
    check (source in ('PARTY_DUES', 'ADMINISTRATIVE_FUNDS', 'UNION_FUNDS', 'OTHER'));
alter table matching_contribution add constraint matching_contribution_voucher_and_source
    check (btrim(coalesce(voucher_number, '')) <> '' and source is not null) not valid;
create unique index matching_contribution_voucher_idx on matching_contribution (union_id, voucher_number);
