-- The pages benchmark's people and money, after ../org-tree/seed.sql and ../file-list/seed.sql
-- (the 20,116-union province B-P with 199,500 files), into a database that also holds the demo data:
--   bench.admin   系统管理员 of the province (the file list filtered to a county, the province's home page);
--   bench.clerk1  录入员 of the base union B-C1-K1-B1 (a clerk's home page, a file page);
--   bench.finance 财务 of the county B-C1-K1 (a batch page of 100 lines, the county's statistics table);
-- all with the password bench2026 (stored {noop}: a benchmark database, never a real one).
--   a campaign of the province with its standard and source, and a draft batch of the county paying 100
--   approved households of its subtree the standard's condolence money, one line each, by bank transfer;
--   a reporting period of the province around the campaign, both forms in 2027's layouts (the county's table).
-- The 100 files are turned approved with a confirmed category and a bank card so that the batch page
-- judges real lines; every other file keeps the file-list seed's status.
create temporary table bench_login (login text primary key, name text, code text, role text);
insert into bench_login values
    ('bench.admin', '基准省管理员', 'B-P', 'ADMIN'),
    ('bench.clerk1', '基准录入员一', 'B-C1-K1-B1', 'CLERK'),
    ('bench.finance', '基准区财务', 'B-C1-K1', 'FINANCE');

insert into user_account (id, login_name, display_name, password_hash, organisation_id, enabled, created_at)
select nextval('user_account_seq'), l.login, l.name, '{noop}bench2026', o.id, true, now()
  from bench_login l join organisation o on o.code = l.code;
insert into user_role (user_id, role)
select u.id, l.role from bench_login l join user_account u on u.login_name = l.login;

insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline, created_by, created_at)
select nextval('campaign_seq'), '2027年元旦春节送温暖（页面基准）', 2027, current_date - 7, current_date + 90,
       o.id, current_date + 100, u.id, now()
  from organisation o, user_account u where o.code = 'B-P' and u.login_name = 'bench.admin';
create temporary table bench_campaign as
select id from campaign where name = '2027年元旦春节送温暖（页面基准）';
insert into campaign_standard (campaign_id, category, purpose, amount)
select id, 'DEEP', 'CONDOLENCE', 2000 from bench_campaign;
insert into campaign_source (campaign_id, purpose, source)
select id, 'CONDOLENCE', 'OWN_UNION_FUNDS' from bench_campaign;

-- The province's reporting period (R-STAT-01), as ReportingPeriodAdministration.define stores it: the campaign starts in it.
insert into reporting_period (id, organisation_id, name, year, starts_on, ends_on, final_deadline, created_by, created_at)
select nextval('reporting_period_seq'), o.id, '2027年元旦春节送温暖（页面基准）', 2027, current_date - 60, current_date + 90,
       current_date + 100, u.id, now()
  from organisation o, user_account u where o.code = 'B-P' and u.login_name = 'bench.admin';
create temporary table bench_period as
select p.id from reporting_period p join organisation o on o.id = p.organisation_id
 where o.code = 'B-P' and p.name = '2027年元旦春节送温暖（页面基准）';
insert into reporting_period_form (period_id, form, definition)
select p.id, f.form, f.form || '-2027' from bench_period p, (values ('WARMTH'), ('CENTRE')) f (form);
insert into reporting_period_deadline (period_id, level, due_on)
select p.id, d.level, current_date + d.days
  from bench_period p, (values ('BASE', 60), ('COUNTY', 70), ('CITY', 80)) d (level, days);

-- The county's 100 households: the first ten base unions' ten files each.
create temporary table bench_paid as
select f.id, row_number() over (order by f.id) as n
  from hardship_file f join organisation o on o.id = f.organisation_id
 where o.code in (select 'B-C1-K1-B' || k from generate_series(1, 10) k);
update hardship_file f
   set status = 'APPROVED', confirmed_category = 'DEEP', suggested_category = 'DEEP',
       approved_on = current_date - 30, bank = 'ICBC', bank_card_sealed = sha256(('card' || f.id)::bytea),
       bank_card_index = sha256(('cardindex' || f.id)::bytea), bank_card_masked = '6222 **** **** ' || lpad((p.n)::text, 4, '0'),
       bank_holder = f.worker_name
  from bench_paid p where p.id = f.id;
insert into active_card_claim (card_index, file_id)
select bank_card_index, id from hardship_file where id in (select id from bench_paid);

insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, status, created_by, created_at)
select nextval('disbursement_batch_seq'), c.id, o.id, 'OWN_UNION_FUNDS', 'CONDOLENCE', 'BANK_TRANSFER', 'DRAFT', u.id, now()
  from bench_campaign c, organisation o, user_account u where o.code = 'B-C1-K1' and u.login_name = 'bench.finance';
insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, standard, reference, status, created_at)
select nextval('disbursement_line_seq'), b.id, b.campaign_id, 'CONDOLENCE', p.id, 2000, 2000, 'PB' || p.n, 'PENDING', now()
  from bench_paid p, disbursement_batch b where b.campaign_id = (select id from bench_campaign);

analyze;
select (select count(*) from hardship_file) as files, (select count(*) from disbursement_line l
          join bench_campaign c on c.id = l.campaign_id) as batch_lines;
