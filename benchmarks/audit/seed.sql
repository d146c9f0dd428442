-- The province of the roll-up benchmark (benchmarks/reporting/seed.sql, run first on the same connection, whose
-- temporary tables bench_user, bench_union and bench_campaign this script reads) made what the auditor's desk
-- expects of a union that keeps its records, so that every anomaly rule finds exactly what is planted below:
--   every file approved on its history's day (by 2026-11-30 at the latest), verified since 2026-06-01, through its
--   base union's notice (ended and closed), with its four documents and a consistent income check before
--   approval (and the proof of the event where 意外致困 was decided), its own bank card (in the worker's name) and phone, living aid as its need; exited files closed in
--   2027, after they were paid; every cash and goods line handed over on a home visit of a delegation (慰问团) of its
--   paying union, after the batch's signed roster was scanned; the campaign's standards above every line.
-- Then three planted hits of each rule R-ANOM-01..24 and one of R-ANOM-25, each recorded in audit_bench_planted
-- with the records its hit names. Dates are those of the campaign (paid on 2026-12-11).
--
-- Every constraint and trigger of the schema is obeyed, none is switched off (issue 15, V41–V44): a handover names
-- a home visit of a delegation of the paying union to the household on the handover's day, within the delegation's
-- days, and the batch's roster is scanned on or after it (R-HAND-01, R-HAND-02); a goods batch names item, quantity
-- and unit and is bought from own funds (R-HAND-03, R-HAND-04); a ratio below 1:1 carries its reason and a match
-- its receiver, voucher and origin (R-MATCH-01, R-MATCH-03); a leftover transfer leaves a closed campaign on a
-- meeting held on or after the closing (R-FUND-04, R-FUND-05); a closed campaign takes no new money (R-FUND-03).
-- Money that R-ANOM-24 reads in the ledger's ring-fenced balances is not written here: the ledger's postings are
-- hash-chained, so the entries are listed in audit_bench_posting and AuditBenchmark posts them through the Ledger,
-- then names each entry on its receipt or allocation.

create table audit_bench_planted (rule varchar(40) not null, hit bigint not null, record varchar(80) not null);
create temporary sequence bench_hit_seq;

-- The baseline, made clean.
create temporary table bench_notice as
select b.id as union_id, nextval('public_notice_seq') as notice_id from bench_union b where b.type = 'BASE';
insert into public_notice (id, organisation_id, starts_on, ends_on, working_days, posted_at, objection_contact,
                           created_by, created_at, closed_at)
select n.notice_id, n.union_id, date '2023-12-01', date '2023-12-07', 5, '公告栏', '工会办公室', u.clerk,
       timestamptz '2023-12-01 09:00+08', timestamptz '2023-12-08 09:00+08'
  from bench_notice n cross join bench_user u;

update hardship_file f
   set approved_on = least(h.day, date '2026-11-30'),
       last_verified_on = greatest(least(h.day, date '2026-11-30'), date '2026-06-01'),
       notice_id = n.notice_id, needs = '{LIVING}', causes = '{SERIOUS_ILLNESS_SELF}',
       income_check_on = least(h.day, date '2026-11-30') - 2, income_check_result = 'CONSISTENT',
       income_check_reference = '民政核对', income_check_recorded_at = timestamptz '2023-12-20 09:00+08',
       bank = 'ICBC', bank_card_sealed = '\x00', bank_card_index = sha256(('card' || f.id)::bytea),
       bank_card_masked = '622202*********' || lpad((f.id % 10000)::text, 4, '0'), bank_holder = f.worker_name,
       phone = '139' || lpad(f.id::text, 8, '0'),
       closed_on = case when f.status = 'EXITED' then date '2027-01-15' + (f.id % 40)::int end
  from (select file_id, (max(occurred_at) at time zone 'Asia/Shanghai')::date as day from file_history
         where action = 'APPROVED' group by file_id) h,
       bench_notice n
 where h.file_id = f.id and n.union_id = f.organisation_id;

insert into file_attachment (id, file_id, kind, filename, content_type, size_bytes, sha256, content, uploaded_by,
                             uploaded_at)
select nextval('file_attachment_seq'), f.id, k.kind, 'a.pdf', 'application/pdf', 4, '\x00', '\x25504446', u.clerk,
       (f.approved_on - 3)::timestamp at time zone 'Asia/Shanghai'
  from hardship_file f
  join bench_union b on b.id = f.organisation_id
  cross join (values ('APPLICATION'), ('ID_COPY'), ('HOUSEHOLD_REGISTER'), ('HARDSHIP_PROOF')) k(kind)
  cross join bench_user u;

-- 意外致困 decided as such asks for the proof of the event too (R-CAT-03).
insert into file_attachment (id, file_id, kind, filename, content_type, size_bytes, sha256, content, uploaded_by,
                             uploaded_at)
select nextval('file_attachment_seq'), f.id, 'ACCIDENT_PROOF', 'a.pdf', 'application/pdf', 4, '\x00', '\x25504446',
       u.clerk, (f.approved_on - 3)::timestamp at time zone 'Asia/Shanghai'
  from hardship_file f
  join bench_union b on b.id = f.organisation_id
  cross join bench_user u
 where f.confirmed_category = 'ACCIDENT';

insert into campaign_standard (campaign_id, category, purpose, amount)
select c.id, k.category, p.purpose, 1000
  from bench_campaign c
  cross join (values ('DEEP'), ('RELATIVE'), ('ACCIDENT')) k(category)
  cross join (values ('CONDOLENCE'), ('LIVING'), ('MEDICAL'), ('EDUCATION'), ('EMPLOYMENT')) p(purpose);

-- Every cash and goods line handed over as R-HAND-01 and R-HAND-02 require: each paying union sends one delegation
-- out from 2026-12-12 to 2026-12-21, which visits each household on its line's day; the batch's signed roster is
-- scanned on 2026-12-25, before the handovers are recorded (PostgreSQL checks it when a handover is written) and
-- after every visit.
create temporary table bench_cash as
select l.id as line_id, l.file_id, b.id as batch_id, b.paying_union_id, date '2026-12-12' + (l.id % 10)::int as day,
       nextval('visit_seq') as visit_id
  from disbursement_line l join disbursement_batch b on b.id = l.batch_id
 where b.method in ('CASH', 'GOODS') and l.status = 'PAID';
create temporary table bench_delegation as
select d.paying_union_id, nextval('delegation_seq') as delegation_id
  from (select distinct paying_union_id from bench_cash) d;
insert into delegation (id, organisation_id, leader, members, starts_on, ends_on, created_by, created_at)
select d.delegation_id, d.paying_union_id, '工会主席', '慰问团', date '2026-12-12', date '2026-12-21', u.clerk,
       timestamptz '2026-12-01 09:00+08'
  from bench_delegation d cross join bench_user u;
insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, delegation_id, created_by, created_at)
select c.visit_id, c.paying_union_id, c.file_id, c.day, 'HOME', '慰问团', d.delegation_id, u.clerk,
       c.day::timestamp at time zone 'Asia/Shanghai' + interval '17 hours'
  from bench_cash c join bench_delegation d using (paying_union_id) cross join bench_user u;
insert into batch_scan (id, batch_id, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
select nextval('batch_scan_seq'), b.batch_id, 'roster.pdf', 'application/pdf', 4, '\x00', '\x25504446', u.clerk,
       timestamptz '2026-12-25 09:00+08'
  from (select distinct batch_id from bench_cash) b cross join bench_user u;
insert into disbursement_handover (line_id, visit_id, handed_by, handed_on, entry_id, recorded_by, recorded_at)
select c.line_id, c.visit_id, '慰问团', c.day, 0, u.clerk,
       c.day::timestamp at time zone 'Asia/Shanghai' + interval '17 hours'
  from bench_cash c cross join bench_user u;

-- The ledger entries AuditBenchmark posts after this script, in this order (each one line out, one line in).
create table audit_bench_posting (
    step          bigint generated always as identity primary key,
    kind          varchar(16)   not null,
    document_type varchar(64)   not null check (document_type in ('fund_receipt', 'allocation')),
    document_id   bigint        not null,
    campaign_id   bigint        not null,
    out_union_id  bigint        not null,
    out_kind      varchar(16)   not null,
    in_union_id   bigint        not null,
    in_kind       varchar(16)   not null,
    source        varchar(24)   not null,
    purpose       varchar(16)   not null,
    amount        numeric(14,2) not null,
    anchor        bigint
);

-- Helpers for the planted records (temporary: they go with the connection).
create function pg_temp.plant(rule text, records text[]) returns void language sql as $$
    insert into audit_bench_planted (rule, hit, record)
    select rule, h, r from (select nextval('bench_hit_seq') as h) x, unnest(records) r;
$$;

-- A clean approved file of a base union, like the baseline's; documents and income check in 2024.
create function pg_temp.bench_file(base bigint, name text, documents boolean default true) returns bigint
language plpgsql as $$
declare
    v_id bigint := nextval('hardship_file_seq');
    u record;
begin
    select * into u from bench_user;
    insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                               worker_id_masked, gender, birth_date, created_by, created_at, updated_at, level,
                               main_cause, causes, needs, suggested_category, confirmed_category, approved_on,
                               last_verified_on, notice_id, income_check_on, income_check_result,
                               income_check_recorded_at, bank, bank_card_sealed, bank_card_index, bank_card_masked,
                               bank_holder, phone)
    values (v_id, base, 'APPROVED', name, '\x00', sha256(('planted' || v_id)::bytea), '330106********0000', 'MALE',
            date '1975-05-05', u.clerk, timestamptz '2024-05-01 09:00+08', now(), 'BASE', 'SERIOUS_ILLNESS_SELF',
            '{SERIOUS_ILLNESS_SELF}', '{LIVING}', 'DEEP', 'DEEP', date '2026-06-01', date '2026-06-01',
            (select notice_id from bench_notice where union_id = base), date '2024-06-15', 'CONSISTENT',
            timestamptz '2024-06-15 09:00+08', 'ICBC', '\x00', sha256(('plantedcard' || v_id)::bytea),
            '622202*********9' || lpad((v_id % 1000)::text, 3, '0'), name, '137' || lpad(v_id::text, 8, '0'));
    if documents then
        insert into file_attachment (id, file_id, kind, filename, content_type, size_bytes, sha256, content,
                                     uploaded_by, uploaded_at)
        select nextval('file_attachment_seq'), v_id, k, 'a.pdf', 'application/pdf', 4, '\x00', '\x25504446', u.clerk,
               timestamptz '2024-06-01 09:00+08'
          from unnest(array['APPLICATION', 'ID_COPY', 'HOUSEHOLD_REGISTER', 'HARDSHIP_PROOF']) k;
    end if;
    return v_id;
end $$;

-- An approved batch of the campaign (approved 2026-12-11), of union's own funds unless said; goods are one 份 of
-- 米油 per household (R-HAND-04).
create function pg_temp.bench_batch(payer bigint, purpose text, method text, source text default 'OWN_UNION_FUNDS')
returns bigint language plpgsql as $$
declare
    v_id bigint := nextval('disbursement_batch_seq');
    u record;
begin
    select * into u from bench_user;
    insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods,
                                    goods_quantity, goods_unit, status, created_by, created_at, approved_by,
                                    approved_at, commitment_entry)
    values (v_id, (select c.id from bench_campaign c), payer, source, purpose, method,
            case when method = 'GOODS' then '米油' end, case when method = 'GOODS' then 1 end,
            case when method = 'GOODS' then '份' end, 'APPROVED', u.clerk, timestamptz '2026-12-10 09:00+08',
            u.approver, timestamptz '2026-12-11 09:00+08', 0);
    return v_id;
end $$;

create function pg_temp.bench_line(batch bigint, file bigint, amount numeric, line_status text default 'PAID')
returns bigint language plpgsql as $$
declare
    v_id bigint := nextval('disbursement_line_seq');
begin
    insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, reference, status, created_at,
                                   failure_reason)
    select v_id, b.id, b.campaign_id, b.purpose, file, amount, 'PL' || v_id, line_status,
           b.created_at + (v_id % 1000) * interval '1 second', case when line_status = 'FAILED' then '账户冻结' end
      from disbursement_batch b where b.id = batch;
    return v_id;
end $$;

-- The delegation of the union out on the day: the one it has, else one sent out that day only.
create function pg_temp.delegation_of(sent_by bigint, day date) returns bigint language plpgsql as $$
declare
    v_id bigint;
begin
    select d.id into v_id from delegation d
     where d.organisation_id = sent_by and day between d.starts_on and d.ends_on order by d.id limit 1;
    if v_id is null then
        insert into delegation (id, organisation_id, leader, members, starts_on, ends_on, created_by, created_at)
        values (nextval('delegation_seq'), sent_by, '工会主席', '慰问团', day, day, (select clerk from bench_user),
                timestamptz '2026-12-01 09:00+08')
        returning id into v_id;
    end if;
    return v_id;
end $$;

-- The batch's signed roster, scanned on 2026-12-25: before a handover is recorded (R-HAND-02), after its visit.
create function pg_temp.scanned(batch bigint) returns void language sql as $$
    insert into batch_scan (id, batch_id, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
    select nextval('batch_scan_seq'), batch, 'roster.pdf', 'application/pdf', 4, '\x00', '\x25504446', clerk,
           timestamptz '2026-12-25 09:00+08' from bench_user;
$$;

-- A cash or goods line handed over on 2026-12-15 on the home visit of its paying union's delegation to the
-- household (R-HAND-01); its batch is scanned first.
create function pg_temp.handed(line bigint) returns void language plpgsql as $$
declare
    u record;
    l record;
    v_visit bigint;
begin
    select * into u from bench_user;
    select dl.file_id, b.paying_union_id into l from disbursement_line dl join disbursement_batch b on b.id = dl.batch_id
     where dl.id = line;
    insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, delegation_id, created_by, created_at)
    values (nextval('visit_seq'), l.paying_union_id, l.file_id, date '2026-12-15', 'HOME', '慰问团',
            pg_temp.delegation_of(l.paying_union_id, date '2026-12-15'), u.clerk, timestamptz '2026-12-15 16:00+08')
    returning id into v_visit;
    insert into disbursement_handover (line_id, visit_id, handed_by, handed_on, entry_id, recorded_by, recorded_at)
    values (line, v_visit, '慰问团', date '2026-12-15', 0, u.clerk, timestamptz '2026-12-15 17:00+08');
end $$;

-- The unions planted in: three base unions of three counties, each base's county (level 3) and a county of
-- another city.
create temporary table bench_place as
select k, b.id as base, b.l3 as county,
       (select o.id from bench_union o where o.type = 'COUNTY' and o.l2 <> b.l2 order by o.n limit 1) as far_county
  from generate_series(1, 3) k join bench_union b on b.type = 'BASE' and b.n = k * 997;

insert into minimum_living_standard (id, region_code, year, monthly_amount)
values (nextval('minimum_living_standard_seq'), '330106', 2026, 1000)
on conflict (region_code, year) do update set monthly_amount = excluded.monthly_amount;

do $$
declare
    p record;
    f bigint; g bigint; l bigint; m bigint; b bigint; a bigint; h bigint;
    u record;
    summer bigint; autumn bigint;
begin
    select * into u from bench_user;
    -- Two campaigns of the province that ended before the run: summer is closed (R-FUND-02) once its receipts and
    -- allocations are recorded (below), autumn never is.
    insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline, created_by,
                          created_at)
    values (nextval('campaign_seq'), '2026年夏季送清凉（审计基准）', 2026, date '2026-06-01', date '2026-09-30',
            (select id from organisation where code = 'R-P'), date '2026-10-15', u.clerk,
            timestamptz '2026-05-20 09:00+08') returning id into summer;
    insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline, created_by,
                          created_at)
    values (nextval('campaign_seq'), '2026年金秋助学（审计基准）', 2026, date '2026-08-15', date '2026-10-15',
            (select id from organisation where code = 'R-P'), date '2026-10-31', u.clerk,
            timestamptz '2026-08-01 09:00+08') returning id into autumn;
    for p in select * from bench_place where k <= 3 loop
        -- R-ANOM-01: one card on two households
        f := pg_temp.bench_file(p.base, '共卡甲'); g := pg_temp.bench_file(p.base, '共卡乙');
        update hardship_file set bank_card_index = (select bank_card_index from hardship_file where id = f) where id = g;
        perform pg_temp.plant('SHARED_CARD', array['hardship_file/' || f, 'hardship_file/' || g]);
        -- R-ANOM-02: one phone on two households
        f := pg_temp.bench_file(p.base, '共号甲'); g := pg_temp.bench_file(p.base, '共号乙');
        update hardship_file set phone = (select phone from hardship_file where id = f) where id = g;
        perform pg_temp.plant('SHARED_PHONE', array['hardship_file/' || f, 'hardship_file/' || g]);
        -- R-ANOM-03: the holder is someone else
        f := pg_temp.bench_file(p.base, '户名甲');
        update hardship_file set bank_holder = '他人' where id = f;
        perform pg_temp.plant('PAYEE_NOT_HOLDER', array['hardship_file/' || f]);
        -- R-ANOM-04: paid before approval
        f := pg_temp.bench_file(p.base, '先付');
        update hardship_file set approved_on = date '2026-12-20' where id = f;
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50);
        perform pg_temp.plant('PAID_BEFORE_APPROVAL', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-05: paid after exit
        f := pg_temp.bench_file(p.base, '已脱困');
        update hardship_file set status = 'EXITED', exit_reason = 'RE_EMPLOYED', closing_note = '再就业',
                                 closed_on = date '2026-12-01' where id = f;
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50);
        perform pg_temp.plant('PAID_AFTER_CLOSING', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-06: six months above 低保 before the payment
        f := pg_temp.bench_file(p.base, '拟脱困');
        insert into monthly_income (file_id, month, household_income, household_size, recorded_by, recorded_at)
        select f, make_date(2026, mo, 1), 3000, 2, u.clerk, now() from generate_series(6, 11) mo;
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50);
        perform pg_temp.plant('PAID_WHILE_EXIT_PROPOSED', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-07: verified more than a year before
        f := pg_temp.bench_file(p.base, '逾期复核');
        update hardship_file set approved_on = date '2025-06-01', last_verified_on = date '2025-06-01' where id = f;
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50);
        perform pg_temp.plant('PAID_OVERDUE_REVERIFICATION', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-08: paid by its county and by a county of another city
        f := pg_temp.bench_file(p.base, '两处领');
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50);
        m := pg_temp.bench_line(pg_temp.bench_batch(p.far_county, 'DAILY', 'BANK_TRANSFER'), f, 200.50);
        perform pg_temp.plant('PAID_BY_TWO_UNIONS', array['disbursement_line/' || l, 'disbursement_line/' || m,
                                                          'hardship_file/' || f]);
        -- R-ANOM-09: above the yearly cap
        f := pg_temp.bench_file(p.base, '超上限');
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 6000);
        m := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'DAILY', 'BANK_TRANSFER'), f, 5000);
        perform pg_temp.plant('ABOVE_YEARLY_CAP', array['disbursement_line/' || l, 'disbursement_line/' || m,
                                                        'hardship_file/' || f]);
        -- R-ANOM-10: card changed ten days before the transfer
        f := pg_temp.bench_file(p.base, '换卡');
        insert into file_history (file_id, occurred_at, actor_id, actor_name, action)
        values (f, timestamptz '2026-12-01 10:00+08', u.clerk, '汇总基准录入员', 'REVISED') returning id into h;
        insert into file_history_change (history_id, position, field, before_value, after_value)
        values (h, 0, 'bankCard', '622202*********1111', '622202*********2222');
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50);
        perform pg_temp.plant('CARD_CHANGED_BEFORE_PAYMENT', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-11: failed transfer, then cash
        f := pg_temp.bench_file(p.base, '转现金');
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'GENERAL', 'BANK_TRANSFER'), f, 300.50, 'FAILED');
        b := pg_temp.bench_batch(p.county, 'DAILY', 'CASH');
        update disbursement_batch set created_at = timestamptz '2026-12-11 10:00+08' where id = b;
        m := pg_temp.bench_line(b, f, 300.50);
        perform pg_temp.scanned(b); perform pg_temp.handed(m);
        perform pg_temp.plant('CASH_AFTER_FAILED_TRANSFER', array['disbursement_line/' || l, 'disbursement_line/' || m,
                                                                  'hardship_file/' || f]);
        -- R-ANOM-12 and R-ANOM-13: a cash or goods line paid with no handover, in a batch without its signed roster.
        -- Since V42 PostgreSQL writes a handover only on a delegation's home visit (R-HAND-01) and after the roster
        -- was scanned (R-HAND-02), so what the two rules can still find in new records is paid lines no one handed
        -- over, and a batch of such lines with no scan at all; and a batch of paid lines that no scan covers always
        -- has a line without a handover (had one been handed over, its scan would cover the batch). So the same
        -- three plants are the three hits of each: the line for R-ANOM-12, its batch for R-ANOM-13.
        f := pg_temp.bench_file(p.base, '未交接');
        b := pg_temp.bench_batch(p.county, 'GENERAL', case when p.k = 2 then 'GOODS' else 'CASH' end);
        l := pg_temp.bench_line(b, f, 300.50);
        perform pg_temp.plant('HANDOVER_WITHOUT_VISIT', array['disbursement_line/' || l, 'hardship_file/' || f]);
        perform pg_temp.plant('NO_SIGNED_ROSTER', array['disbursement_batch/' || b]);
        -- R-ANOM-14: a round sum of cash
        f := pg_temp.bench_file(p.base, '整数现金');
        b := pg_temp.bench_batch(p.county, 'GENERAL', 'CASH');
        l := pg_temp.bench_line(b, f, 2000);
        perform pg_temp.scanned(b); perform pg_temp.handed(l);
        perform pg_temp.plant('ROUND_CASH', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-15: finance money as cash (as goods PostgreSQL refuses since V42, R-HAND-03)
        f := pg_temp.bench_file(p.base, '财政现金');
        b := pg_temp.bench_batch(p.county, 'GENERAL', 'CASH', 'LOCAL_FINANCE');
        perform pg_temp.scanned(b); perform pg_temp.handed(pg_temp.bench_line(b, f, 300.50));
        perform pg_temp.plant('FINANCE_MONEY_IN_CASH', array['disbursement_batch/' || b]);
        -- R-ANOM-16: above the campaign's standard
        f := pg_temp.bench_file(p.base, '超标准');
        l := pg_temp.bench_line(pg_temp.bench_batch(p.county, 'LIVING', 'BANK_TRANSFER'), f, 1500);
        perform pg_temp.plant('ABOVE_STANDARD', array['disbursement_line/' || l, 'hardship_file/' || f]);
        -- R-ANOM-17: 深度 above the income, unconfirmed
        f := pg_temp.bench_file(p.base, '类别偏高');
        update hardship_file set monthly_per_head = 1500, assessed_standard = 1000, assessed_year = 2026 where id = f;
        perform pg_temp.plant('CATEGORY_ABOVE_INCOME', array['hardship_file/' || f]);
        -- R-ANOM-18: approved without documents
        f := pg_temp.bench_file(p.base, '缺材料', false);
        perform pg_temp.plant('APPROVED_WITHOUT_DOCUMENTS', array['hardship_file/' || f]);
        -- R-ANOM-19: approved without a notice
        f := pg_temp.bench_file(p.base, '未公示');
        update hardship_file set notice_id = null where id = f;
        perform pg_temp.plant('APPROVED_WITHOUT_NOTICE', array['hardship_file/' || f]);
        -- R-ANOM-20: a notice of three working days
        insert into public_notice (id, organisation_id, starts_on, ends_on, working_days, posted_at, objection_contact,
                                   created_by, created_at, closed_at)
        values (nextval('public_notice_seq'), p.base, date '2026-11-02', date '2026-11-04', 3, '公告栏', '工会办公室',
                u.clerk, timestamptz '2026-11-02 09:00+08', timestamptz '2026-11-05 09:00+08') returning id into h;
        perform pg_temp.plant('NOTICE_SHORT_OR_LATE', array['public_notice/' || h]);
        -- R-ANOM-21: opened and approved by the same person
        f := pg_temp.bench_file(p.base, '自建自批');
        insert into file_history (file_id, occurred_at, actor_id, actor_name, action)
        values (f, timestamptz '2026-05-01 10:00+08', u.approver, '汇总基准审批人', 'OPENED'),
               (f, timestamptz '2026-06-01 10:00+08', u.approver, '汇总基准审批人', 'APPROVED');
        perform pg_temp.plant('MAKER_IS_CHECKER', array['hardship_file/' || f]);
        -- R-ANOM-22: matching short after its deadline (the day after the due day): none, part of it, and an
        -- explained ratio below 1:1 (R-MATCH-01) not met either; a match names its receiver, voucher and origin
        -- (R-MATCH-03).
        insert into allocation (id, campaign_id, from_union_id, to_union_id, source, purpose, amount, matching_ratio,
                                ratio_reason, match_due_on, request_key, entry_id, created_by, created_at)
        values (nextval('allocation_seq'), (select c.id from bench_campaign c),
                (select o.parent_id from organisation o where o.id = p.county), p.county, 'UPPER_UNION', 'LIVING', 1000,
                case when p.k = 3 then 0.5 else 1 end,
                case when p.k = 3 then '下级工会经费困难，经研究减半配套' end,
                case when p.k = 3 then date '2026-12-01' else date '2026-11-01' end, gen_random_uuid(), 0, u.clerk,
                timestamptz '2026-10-10 09:00+08') returning id into a;
        if p.k = 2 then
            insert into matching_contribution (id, allocation_id, union_id, amount, received_on, voucher_number, source,
                                               request_key, entry_id, recorded_by, recorded_at)
            values (nextval('matching_contribution_seq'), a, p.county, 400, date '2026-10-20', '记-2026-1020-' || p.k,
                    'UNION_FUNDS', gen_random_uuid(), 0, u.clerk, timestamptz '2026-10-20 09:00+08');
        end if;
        perform pg_temp.plant('MATCHING_SHORTFALL', array['allocation/' || a]);
        -- R-ANOM-24: money given to the county for a campaign that has ended and still lying in its ring-fenced
        -- account: the city takes a donation for it and hands it to the county (the two ledger entries are listed
        -- in audit_bench_posting, which AuditBenchmark posts after this script); summer is then closed, autumn never
        -- is. The hit is the county's account of the campaign, source and purpose, naming its allocations.
        g := (select o.parent_id from organisation o where o.id = p.county);
        insert into fund_receipt (id, organisation_id, campaign_id, source, purpose, amount, received_on,
                                  receipt_number, donor_kind, donor_name, entry_id, recorded_by, recorded_at)
        values (nextval('fund_receipt_seq'), g, case when p.k = 3 then autumn else summer end, 'UNIT_DONATION', 'LIVING',
                1000, date '2026-08-20', 'AB-24-' || p.k, 'UNIT', '审计基准捐赠单位', 0, u.clerk,
                timestamptz '2026-08-20 09:00+08') returning id into h;
        insert into audit_bench_posting (kind, document_type, document_id, campaign_id, out_union_id, out_kind,
                                         in_union_id, in_kind, source, purpose, amount)
        values ('DONATION', 'fund_receipt', h, case when p.k = 3 then autumn else summer end, g, 'RECEIVED', g,
                'AVAILABLE', 'UNIT_DONATION', 'LIVING', 1000);
        insert into allocation (id, campaign_id, from_union_id, to_union_id, source, purpose, amount, matching_ratio,
                                ratio_reason, request_key, entry_id, created_by, created_at)
        values (nextval('allocation_seq'), case when p.k = 3 then autumn else summer end, g, p.county, 'UNIT_DONATION',
                'LIVING', 1000, 0, '捐赠款不要求配套', gen_random_uuid(), 0, u.clerk, timestamptz '2026-08-25 09:00+08')
        returning id into a;
        insert into audit_bench_posting (kind, document_type, document_id, campaign_id, out_union_id, out_kind,
                                         in_union_id, in_kind, source, purpose, amount, anchor)
        values ('ALLOCATION', 'allocation', a, case when p.k = 3 then autumn else summer end, g, 'AVAILABLE', p.county,
                'AVAILABLE', 'UNIT_DONATION', 'LIVING', 1000, p.county);
        perform pg_temp.plant('ALLOCATION_UNSPENT', array['allocation/' || a]);
    end loop;
    -- Summer is closed after its end (R-FUND-02); from then on it takes no money (R-FUND-03) and its leftover may
    -- move to daily assistance.
    update campaign set closed_on = date '2026-10-08', closed_by = u.approver,
                        closed_at = timestamptz '2026-10-08 16:00+08' where id = summer;
    for p in select * from bench_place where k <= 3 loop
        -- R-ANOM-23: leftover moved to daily assistance, on a chair's office meeting held after the closing
        -- (R-FUND-04, R-FUND-05), the third without its minutes kept (only the transfer rules refuse that).
        insert into balance_transfer (id, organisation_id, campaign_id, source, from_purpose, amount, decision_number,
                                      decision_date, decision_document, minutes_sha256, status, requested_by,
                                      requested_at, decided_by, decided_at, entry_id)
        values (nextval('balance_transfer_seq'), p.county, summer, 'OWN_UNION_FUNDS', 'CONDOLENCE', 500,
                '主席办公会〔2026〕' || (10 + p.k) || '号', date '2026-10-12', '纪要.pdf',
                case when p.k < 3 then repeat('ab', 32) end, 'APPROVED', u.clerk, timestamptz '2026-10-12 15:00+08',
                u.approver, timestamptz '2026-10-13 10:00+08', 0) returning id into a;
        if p.k < 3 then
            insert into balance_transfer_minutes (transfer_id, content, sha256, stored_at)
            values (a, '\x25504446', repeat('ab', 32), timestamptz '2026-10-12 15:00+08');
        end if;
        perform pg_temp.plant('LEFTOVER_TO_DAILY', array['balance_transfer/' || a]);
    end loop;
    -- R-ANOM-25: a submitted statistics table that says one yuan paid, against the records
    insert into report_table (id, campaign_id, definition, organisation_id, status, created_at)
    select nextval('report_table_seq'), c.id, 'WARMTH_2027', bp.base, 'SUBMITTED', now()
      from bench_campaign c, bench_place bp where bp.k = 1 returning id into a;
    insert into report_version (id, table_id, number, sha256, submitted_by, submitted_at, late)
    values (nextval('report_version_seq'), a, 1, repeat('b', 64), u.clerk, now(), false) returning id into h;
    insert into report_version_cell (version_id, cell, total, own, children, manual)
    values (h, 'helped.total.cashAmount', 1, 1, 0, false);
    perform pg_temp.plant('STATISTICS_DIFFER', array['report_table/' || a]);
end $$;

analyze;
