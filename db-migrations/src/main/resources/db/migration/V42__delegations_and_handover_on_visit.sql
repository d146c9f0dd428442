-- Cash and goods in person (docs/rules.md R-HAND-01 to R-HAND-04). Seed 002: 除慰问团入户慰问外,一律通过银行卡
-- 转帐方式发放慰问资金 and 慰问中发放慰问物品的资金由各级工会配套资金支出; seed 000: 对发放的款物要进行实名制登记
-- 和签名确认. The application refuses first, with a reason; these are the last fence. Rows written before this
-- migration are left as they are: the triggers check what is inserted from now on.

-- A delegation (慰问团): who leads it, who goes with the leader, the days it is out, the union that sends it.
create sequence delegation_seq;

create table delegation (
    id              bigint       primary key,
    organisation_id bigint       not null references organisation (id),
    leader          varchar(50)  not null,
    members         varchar(240),
    starts_on       date         not null,
    ends_on         date         not null,
    created_by      bigint       not null references user_account (id),
    created_at      timestamptz  not null,
    -- one round of visits, at most 31 days: a longer one would make "on that delegation's visit" mean nothing
    check (ends_on >= starts_on and ends_on - starts_on < 31)
);

create index delegation_organisation_idx on delegation (organisation_id, starts_on);

-- A visit to a household may be that delegation's visit.
alter table visit
    add column delegation_id bigint references delegation (id),
    add constraint visit_delegation_to_a_household check (delegation_id is null or file_id is not null);

create index visit_delegation_idx on visit (delegation_id, file_id) where delegation_id is not null;

-- R-HAND-04: a goods batch says what each household receives: the item (goods), how many, of what unit.
alter table disbursement_batch
    add column goods_quantity integer check (goods_quantity between 1 and 9999),
    add column goods_unit     varchar(10),
    add constraint disbursement_batch_goods_share check (method = 'GOODS' or (goods_quantity is null and goods_unit is null));

-- R-HAND-03 and R-HAND-04, for batches created from now on (on insert only, so that a batch created before
-- keeps being approved or read; its lines are refused by the payment rules instead).
create function disbursement_batch_goods() returns trigger
    language plpgsql as $$
begin
    if new.method = 'GOODS' then
        if new.source not in ('MATCHING', 'OWN_UNION_FUNDS') then
            raise exception 'R-HAND-03: goods are bought from union matching money or own union funds only, not %',
                new.source using errcode = 'check_violation';
        end if;
        if new.goods is null or new.goods_quantity is null or new.goods_unit is null then
            raise exception 'R-HAND-04: a goods batch names the item, the quantity and the unit per household'
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end
$$;

create trigger disbursement_batch_goods before insert on disbursement_batch
    for each row execute function disbursement_batch_goods();

-- R-HAND-01: a handover is the home visit of a delegation of the paying union to the line's household, on the
-- visit's day. R-HAND-02: the batch holds a signed roster scanned no earlier than that day.
alter table disbursement_handover add column visit_id bigint references visit (id);

create function disbursement_handover_on_visit() returns trigger
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
            or v.kind <> 'HOME' or v.file_id is distinct from l.file_id or d.organisation_id <> b.paying_union_id
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

create trigger disbursement_handover_on_visit before insert on disbursement_handover
    for each row execute function disbursement_handover_on_visit();
