-- Issue 17 on top of seed.sql (RollUpBenchmark runs it right after, on the same connection, so that seed.sql's
-- temporary tables bench_user, bench_union, bench_file and bench_campaign are there; the growth and audit
-- benchmarks run seed.sql alone):
--   37,620 named recipients (a model worker and a Party member per base union), each paid by the county above
--   in cash from Party dues or in goods from its own funds (R-HAND-03) (37,620 more PAID lines, in named
--   batches); 990 enterprises in difficulty (one per street union), each visited twice by its county in the
--   period; 10,000 files revised in the period; the province's reporting period over the campaign's days, with
--   both tables in their 2027 layouts and a deadline per level, and each city's tables sent up with a written
--   summary (every other one accepted) — the inbox and the summary the province opens.

-- The benchmark's approver opens the province's pages; its clerk submitted the cities' tables.
insert into user_role (user_id, role) select approver, 'APPROVER' from bench_user
union all select clerk, 'CLERK' from bench_user;

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

analyze;  -- RollUpBenchmark then runs VACUUM ANALYZE
