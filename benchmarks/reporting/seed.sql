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
--   37,620 named recipients (a model worker and a Party member per base union), each paid by the county above
--   in cash from Party dues or in goods from its own funds (R-HAND-03) (37,620 more PAID lines, in named
--   batches); 990 enterprises in difficulty
--   (one per street union), each visited by its county in the period; 10,000 files revised in the period;
--   the province's reporting period over the campaign's days, with both tables in their 2027 layouts and a
--   deadline per level, and each city's tables sent up with a written summary (every other one accepted).
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

insert into user_role (user_id, role) select approver, 'APPROVER' from bench_user
union all select clerk, 'CLERK' from bench_user;

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

-- Named recipients: a model worker and a Party member per base union, each paid by the county: cash from Party dues,
-- goods from its own funds (goods are bought from union money only, R-HAND-03).
insert into named_recipient (id, organisation_id, recipient_group, name, id_sealed, id_index, id_masked, created_by,
                             created_at)
select nextval('named_recipient_seq'), b.id, g.grp, '名单' || b.n || g.grp, sha256(('rnamed' || b.n || g.grp)::bytea),
       sha256(('rnamedindex' || b.n || g.grp)::bytea), '330106********0000', u.clerk, now()
  from bench_union b cross join (values ('MODEL_WORKER'), ('PARTY_MEMBER')) g(grp) cross join bench_user u
 where b.type = 'BASE';

create temporary table bench_named as
select r.id as recipient_id, r.recipient_group, b.l3 as paying_union_id,
       case when b.n % 2 = 0 then 'GOODS' else 'CASH' end as method,
       (500 + (b.n * 17) % 500)::numeric(14,2) as amount
  from named_recipient r join bench_union b on b.id = r.organisation_id;

create temporary table bench_named_batch as
select nextval('disbursement_batch_seq') as id, paying_union_id, method
  from (select distinct paying_union_id, method from bench_named) d;

insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods, goods_quantity,
                                goods_unit, status, created_by, created_at, approved_by, approved_at, commitment_entry,
                                payee_kind)
select b.id, c.id, b.paying_union_id, case when b.method = 'GOODS' then 'OWN_UNION_FUNDS' else 'PARTY_DUES' end,
       'CONDOLENCE', b.method,
       case when b.method = 'GOODS' then '慰问品' end, case when b.method = 'GOODS' then 1 end,
       case when b.method = 'GOODS' then '份' end, 'APPROVED',
       u.clerk, timestamptz '2026-12-10 09:00+08', u.approver, timestamptz '2026-12-11 09:00+08', 0, 'NAMED'
  from bench_named_batch b cross join bench_campaign c cross join bench_user u;

insert into disbursement_line (id, batch_id, campaign_id, purpose, recipient_id, amount, reference, status, created_at)
select id, batch_id, campaign_id, 'CONDOLENCE', recipient_id, amount, 'RN' || id, 'PAID', timestamptz '2026-12-10 09:00+08'
  from (select nextval('disbursement_line_seq') as id, b.id as batch_id, c.id as campaign_id, n.recipient_id, n.amount
          from bench_named n join bench_named_batch b using (paying_union_id, method) cross join bench_campaign c) l;

-- An enterprise in difficulty per street union, visited by its county twice in the period.
insert into hardship_enterprise (id, organisation_id, name, difficulty, employees, created_by, created_at)
select nextval('hardship_enterprise_seq'), b.id, '汇总基准困难企业' || b.n, '停产', 50 + b.n % 200, u.clerk, now()
  from bench_union b cross join bench_user u where b.type = 'INDUSTRY';

insert into enterprise_visit (id, enterprise_id, organisation_id, visited_on, visitors, cash, goods, goods_value,
                              created_by, created_at)
select nextval('enterprise_visit_seq'), e.id, b.l3, date '2026-12-20' + k * 20, '县总工会', (2000 + b.n % 1000)::numeric(14,2),
       case when k = 1 then '米、油' end, case when k = 1 then 800.00 else 0 end, u.clerk, now()
  from hardship_enterprise e join bench_union b on b.id = e.organisation_id cross join generate_series(0, 1) k
  cross join bench_user u;

-- Every twentieth file revised in the period (动态管理), once or twice.
insert into file_history (file_id, occurred_at, actor_id, actor_name, action)
select f.id, timestamptz '2026-12-05 10:00+08' + (f.i % 80) * interval '1 day' + k * interval '1 hour', u.clerk,
       '汇总基准录入员', 'REVISED'
  from bench_file f cross join generate_series(0, (f.i % 2)::int) k cross join bench_user u
 where f.i % 20 = 1;

-- The province's reporting period, and each city's tables sent up with a written summary.
insert into reporting_period (id, organisation_id, name, year, starts_on, ends_on, final_deadline, created_by,
                              created_at)
select nextval('reporting_period_seq'), (select id from organisation where code = 'R-P'), '2027年元旦春节送温暖（汇总基准）',
       2027, date '2026-12-01', date '2027-02-28', date '2027-03-31', approver, now()
  from bench_user;

create temporary table bench_period as select id from reporting_period where name = '2027年元旦春节送温暖（汇总基准）';

insert into reporting_period_form (period_id, form, definition)
select id, f.form, f.form || '-2027' from bench_period cross join (values ('WARMTH'), ('CENTRE')) f(form);

insert into reporting_period_deadline (period_id, level, due_on)
select id, l.level, l.due_on from bench_period
 cross join (values ('BASE', date '2027-03-05'), ('INDUSTRY', date '2027-03-10'), ('COUNTY', date '2027-03-15'),
                    ('CITY', date '2027-03-25')) l(level, due_on);

insert into report_table (id, period_id, form, definition, organisation_id, status, created_at)
select nextval('report_table_seq'), p.id, f.form, f.form || '-2027', b.id,
       case when b.n % 2 = 0 then 'ACCEPTED' else 'SUBMITTED' end, now()
  from bench_union b cross join bench_period p cross join (values ('WARMTH'), ('CENTRE')) f(form)
 where b.type = 'CITY';

insert into report_version (id, table_id, number, sha256, submitted_by, submitted_at, late, definition, summary_text,
                            decision, decision_comment, decided_by, decided_at)
select nextval('report_version_seq'), t.id, 1, repeat('a', 64), u.clerk, timestamptz '2027-03-20 09:00+08', false,
       t.definition, '市总工会送温暖工作总结',
       case when t.status = 'ACCEPTED' then 'ACCEPTED' end, null,
       case when t.status = 'ACCEPTED' then u.approver end,
       case when t.status = 'ACCEPTED' then timestamptz '2027-03-22 09:00+08' end
  from report_table t cross join bench_user u where t.period_id = (select id from bench_period);

insert into report_version_cell (version_id, cell, total, own, children, manual, note)
select v.id, c.cell, c.total, 0, c.total, false, null
  from report_version v join report_table t on t.id = v.table_id
 cross join lateral (values ('raised.total.amount', 1000000.00 + t.organisation_id % 1000),
                            ('helped.total.cashHouseholds', 9000), ('helped.total.cashAmount', 4500000.00),
                            ('helped.total.goodsValue', 2000000.00), ('helped.total.visited', 17000),
                            ('files.end.total', 18000)) c(cell, total)
 where t.period_id = (select id from bench_period)
   and (t.form = 'WARMTH') = (c.cell not like 'files.%');

analyze;  -- RollUpBenchmark then runs VACUUM ANALYZE (not allowed in this multi-statement script)
