-- A province for the statistics roll-up benchmark, written by SQL straight into the tables the
-- measures read (plain statements, run by RollUpBenchmark over JDBC):
--   19,911 unions in 5 levels: 1 province, 11 cities, 99 counties, 990 street / industry unions,
--   18,810 base unions (19 each), paths built as the application builds them;
--   200,000 files on the base unions, approved (one APPROVED history event each, spread over
--   2024-01 .. 2027-02, so that the period has files at start, opened, exited and at end), 5 % exited;
--   one campaign (2026-12-01 .. 2027-02-28) organised by the province;
--   1,000,000 PAID lines in it: every file paid for five purposes, each purpose by another level
--   (condolence by the base union, in goods or cash; living and medical by the county; education by
--   the city; employment by the street union), one approved batch per paying union, purpose and method;
--   99,555 fund receipts (five per union, over the eight sources), 200,000 home visits in the period
--   (one per file, by its base union or its county) and 19,911 group visits (one per union).
-- Fund receipts and batches name a ledger entry (entry_id, commitment_entry) without a foreign key;
-- the benchmark does not post the ledger: the measures never read it.
create temporary table bench_user as
select nextval('user_account_seq') as clerk, nextval('user_account_seq') as approver;

insert into organisation (id, code, name, type, parent_id, path, region_code)
select id, 'R-P', '汇总基准省总工会', 'PROVINCE', null, '/' || id || '/', '330000'
  from (select nextval('organisation_seq') as id) n;

insert into user_account (id, login_name, display_name, password_hash, organisation_id, enabled, created_at)
select clerk, 'rollup.clerk', '汇总基准录入员', '{noop}x', (select id from organisation where code = 'R-P'), true, now()
  from bench_user
union all
select approver, 'rollup.approver', '汇总基准审批人', '{noop}x', (select id from organisation where code = 'R-P'), true, now()
  from bench_user;

with n as (select p.id as parent_id, p.code, p.path, k, nextval('organisation_seq') as id
             from organisation p, generate_series(1, 11) k where p.code = 'R-P')
insert into organisation (id, code, name, type, parent_id, path, region_code)
select id, code || '-C' || k, '汇总基准市总工会' || k, 'CITY', parent_id, path || id || '/', '330100' from n;

with n as (select p.id as parent_id, p.code, p.path, k, nextval('organisation_seq') as id
             from organisation p, generate_series(1, 9) k where p.type = 'CITY' and p.code like 'R-P-%')
insert into organisation (id, code, name, type, parent_id, path, region_code)
select id, code || '-K' || k, '汇总基准区县总工会' || code || k, 'COUNTY', parent_id, path || id || '/', '330106' from n;

with n as (select p.id as parent_id, p.code, p.path, k, nextval('organisation_seq') as id
             from organisation p, generate_series(1, 10) k where p.type = 'COUNTY' and p.code like 'R-P-%')
insert into organisation (id, code, name, type, parent_id, path, region_code)
select id, code || '-S' || k, '汇总基准街道工会' || code || k, 'INDUSTRY', parent_id, path || id || '/', '330106' from n;

with n as (select p.id as parent_id, p.code, p.path, k, nextval('organisation_seq') as id
             from organisation p, generate_series(1, 19) k where p.type = 'INDUSTRY' and p.code like 'R-P-%')
insert into organisation (id, code, name, type, parent_id, path, region_code)
select id, code || '-B' || k, '汇总基准基层工会' || code || k, 'BASE', parent_id, path || id || '/', '330106' from n;

-- Each union with its ancestors by level (1 = province … 5 = base), read from its path.
create temporary table bench_union as
select o.id, o.type, o.path, p[1]::bigint as l1, p[2]::bigint as l2, p[3]::bigint as l3, p[4]::bigint as l4,
       row_number() over (partition by o.type order by o.path) as n
  from organisation o, lateral (select string_to_array(trim(both '/' from o.path), '/') as p) x
 where o.path >= (select path from organisation where code = 'R-P')
   and o.path < (select left(path, -1) || '0' from organisation where code = 'R-P');

insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline, created_by, created_at)
select nextval('campaign_seq'), '2027年元旦春节送温暖（汇总基准）', 2027, date '2026-12-01', date '2027-02-28',
       (select id from organisation where code = 'R-P'), date '2027-03-15', clerk, now()
  from bench_user;

create temporary table bench_campaign as select id from campaign where name = '2027年元旦春节送温暖（汇总基准）';

-- 200,000 files, 10 or 11 per base union; category by file number, 5 % exited in the period.
insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                           worker_id_masked, gender, birth_date, created_by, created_at, updated_at, level,
                           main_cause, causes, needs, suggested_category, confirmed_category, exit_reason,
                           closing_note, closed_on)
select nextval('hardship_file_seq'), b.id, case when i % 20 = 0 then 'EXITED' else 'APPROVED' end,
       '职工' || i, sha256(('rsealed' || i)::bytea), sha256(('rworker' || i)::bytea), '330106********0000',
       case when i % 2 = 0 then 'MALE' else 'FEMALE' end, date '1970-01-01' + (i % 12000)::int,
       u.clerk, timestamptz '2024-01-01 09:00+08', now(), 'BASE', 'SERIOUS_ILLNESS_SELF',
       '{SERIOUS_ILLNESS_SELF}', '{MEDICAL}',
       (array['DEEP', 'RELATIVE', 'RELATIVE', 'ACCIDENT'])[1 + i % 4],
       -- every seventh file's category confirmed (the same as suggested), the others only suggested
       case when i % 7 = 0 then (array['DEEP', 'RELATIVE', 'RELATIVE', 'ACCIDENT'])[1 + i % 4] end,
       case when i % 20 = 0 then 'RE_EMPLOYED' end, case when i % 20 = 0 then '再就业' end,
       case when i % 20 = 0 then date '2026-12-01' + (i % 90)::int end
  from generate_series(1, 200000) i
  join bench_union b on b.type = 'BASE' and b.n = 1 + i % 18810
  cross join bench_user u;

create temporary table bench_file as
select f.id, f.organisation_id, f.status, b.l2, b.l3, b.l4, row_number() over (order by f.id) as i
  from hardship_file f join bench_union b on b.id = f.organisation_id;

-- The approval, spread from January 2024 to February 2027 (about a tenth inside the period); a file
-- exited in the period was approved before it.
insert into file_history (file_id, occurred_at, actor_id, actor_name, action)
select f.id, timestamptz '2024-01-01 10:00+08'
             + (f.i % case when f.status = 'EXITED' then 1000 else 1150 end) * interval '1 day',
       u.approver, '汇总基准审批人', 'APPROVED'
  from bench_file f cross join bench_user u;

-- One approved batch per paying union, purpose and method.
create temporary table bench_payment as
select f.id as file_id, p.purpose,
       case p.purpose when 'CONDOLENCE' then f.organisation_id when 'EDUCATION' then f.l2
                      when 'EMPLOYMENT' then f.l4 else f.l3 end as paying_union_id,
       case when p.purpose <> 'CONDOLENCE' then 'BANK_TRANSFER'
            when f.organisation_id % 2 = 0 then 'GOODS' else 'CASH' end as method,
       (100 + (f.i * 37 + p.k * 101) % 900)::numeric(14,2) + (f.i % 100) / 100.0 as amount
  from bench_file f
  cross join (values (1, 'CONDOLENCE'), (2, 'LIVING'), (3, 'MEDICAL'), (4, 'EDUCATION'), (5, 'EMPLOYMENT')) p(k, purpose);

create temporary table bench_batch as
select nextval('disbursement_batch_seq') as id, paying_union_id, purpose, method
  from (select distinct paying_union_id, purpose, method from bench_payment) d;

insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods, goods_quantity,
                                goods_unit, status, created_by, created_at, approved_by, approved_at, commitment_entry)
select b.id, c.id, b.paying_union_id, 'OWN_UNION_FUNDS', b.purpose, b.method,
       case when b.method = 'GOODS' then '米、油、棉被礼包' end, case when b.method = 'GOODS' then 1 end,
       case when b.method = 'GOODS' then '份' end, 'APPROVED',
       u.clerk, timestamptz '2026-12-10 09:00+08', u.approver, timestamptz '2026-12-11 09:00+08', 0
  from bench_batch b cross join bench_campaign c cross join bench_user u;

insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, reference, status, created_at)
select id, batch_id, campaign_id, purpose, file_id, amount, 'RB' || id, 'PAID', timestamptz '2026-12-10 09:00+08'
  from (select nextval('disbursement_line_seq') as id, b.id as batch_id, c.id as campaign_id, p.purpose, p.file_id,
               p.amount
          from bench_payment p
          join bench_batch b using (paying_union_id, purpose, method)
          cross join bench_campaign c) l;

-- Five receipts per union over the eight sources; donations name their donor.
insert into fund_receipt (id, organisation_id, campaign_id, source, purpose, amount, received_on, receipt_number,
                          donor_kind, donor_name, entry_id, recorded_by, recorded_at)
select nextval('fund_receipt_seq'), b.id, c.id, s.source, 'GENERAL', (1000 + (b.n * 13 + k * 7) % 5000)::numeric(14,2),
       date '2026-12-01' + k, 'RB-' || k,
       case when s.source = 'UNIT_DONATION' then 'UNIT' when s.source in ('PERSONAL_DONATION', 'SOCIAL_DONATION') then 'PERSON' end,
       case when s.source in ('UNIT_DONATION', 'PERSONAL_DONATION', 'SOCIAL_DONATION') then '捐赠人' || k end,
       0, u.clerk, now()
  from bench_union b cross join generate_series(1, 5) k cross join bench_campaign c cross join bench_user u
  cross join lateral (select (array['CENTRAL_SPECIAL', 'PROVINCIAL_SPECIAL', 'LOCAL_FINANCE', 'OWN_UNION_FUNDS',
          'PARTY_DUES', 'UNIT_DONATION', 'PERSONAL_DONATION', 'SOCIAL_DONATION'])[1 + (b.n + k) % 8] as source) s;

-- A home visit per file in the period, by its base union (two in three) or its county; a group visit per union.
insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, created_by, created_at)
select nextval('visit_seq'), case when f.i % 3 = 0 then f.l3 else f.organisation_id end, f.id,
       date '2026-12-01' + (f.i % 90)::int, 'HOME', '工会主席', u.clerk, now()
  from bench_file f cross join bench_user u;

insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, group_description, people_count,
                   created_by, created_at)
select nextval('visit_seq'), b.id, null, date '2027-01-15', case when b.n % 2 = 0 then 'AT_POST' else 'MEAL_AT_SITE' end,
       '工会主席', '一线职工', 10 + b.n % 40, u.clerk, now()
  from bench_union b cross join bench_user u;

analyze;  -- RollUpBenchmark then runs VACUUM ANALYZE (not allowed in this multi-statement script)
