-- The baseline of the roll-up benchmark: every union's totals of both tables (送温暖活动情况统计表 and
-- 帮扶中心工作统计表, in their 2027 layouts) for the subtree [:lower, :upper) and a reporting span — the
-- campaigns :campaigns, the days :from to :to — by hand in one set-based statement. Each union's own
-- figures come from filtered aggregates grouped by union (households and named recipients counted
-- distinct per union, as each union's own table counts them), then are summed into every ancestor in the
-- subtree, which the path names. One row per union; columns named by cell key; manual cells are left out
-- (zero).
with unions as (
    select id, path from organisation where path >= :lower and path < :upper),
ancestors as (
    select u.id as union_id, a.id as ancestor_id
      from unions u
      cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::bigint[]) p(id)
      join unions a on a.id = p.id),
receipts as (
    select organisation_id as union_id,
           sum(amount) as total,
           sum(amount) filter (where source in ('CENTRAL_SPECIAL', 'PROVINCIAL_SPECIAL', 'LOCAL_FINANCE')) as finance,
           sum(amount) filter (where source in ('OWN_UNION_FUNDS', 'PARTY_DUES')) as union_money,
           sum(amount) filter (where source = 'UNIT_DONATION') as unit,
           sum(amount) filter (where source = 'PERSONAL_DONATION') as person,
           sum(amount) filter (where source = 'SOCIAL_DONATION') as social,
           sum(amount) filter (where source = 'MATCHING') as matching
      from fund_receipt
     where campaign_id = any(:campaigns::bigint[]) and organisation_id in (select id from unions)
     group by organisation_id),
paid as (
    select b.paying_union_id as union_id, b.method = 'GOODS' as goods, b.purpose, l.file_id, l.amount,
           coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category
      from disbursement_line l
      join disbursement_batch b on b.id = l.batch_id
      join hardship_file f on f.id = l.file_id
     where l.campaign_id = any(:campaigns::bigint[]) and l.status = 'PAID'
       and b.paying_union_id in (select id from unions)),
named as (
    select b.paying_union_id as union_id,
           count(distinct l.recipient_id) filter (where r.recipient_group = 'MIGRANT_WORKER') as migrant_people,
           sum(l.amount) filter (where r.recipient_group = 'MIGRANT_WORKER' and b.method <> 'GOODS') as migrant_cash,
           sum(l.amount) filter (where r.recipient_group = 'MIGRANT_WORKER' and b.method = 'GOODS') as migrant_goods,
           count(distinct l.recipient_id) filter (where r.recipient_group = 'MODEL_WORKER') as models_people,
           sum(l.amount) filter (where r.recipient_group = 'MODEL_WORKER' and b.method <> 'GOODS') as models_cash,
           sum(l.amount) filter (where r.recipient_group = 'MODEL_WORKER' and b.method = 'GOODS') as models_goods,
           count(distinct l.recipient_id) filter (where r.recipient_group = 'FRONTLINE_WORKER') as frontline_people,
           sum(l.amount) filter (where r.recipient_group = 'FRONTLINE_WORKER' and b.method <> 'GOODS') as frontline_cash,
           sum(l.amount) filter (where r.recipient_group = 'FRONTLINE_WORKER' and b.method = 'GOODS') as frontline_goods,
           count(distinct l.recipient_id) filter (where r.recipient_group = 'PARTY_MEMBER') as party_people,
           sum(l.amount) filter (where r.recipient_group = 'PARTY_MEMBER' and b.method <> 'GOODS') as party_cash,
           sum(l.amount) filter (where r.recipient_group = 'PARTY_MEMBER' and b.method = 'GOODS') as party_goods
      from disbursement_line l
      join disbursement_batch b on b.id = l.batch_id
      join named_recipient r on r.id = l.recipient_id
     where l.campaign_id = any(:campaigns::bigint[]) and l.status = 'PAID'
       and b.paying_union_id in (select id from unions)
     group by b.paying_union_id),
enterprises as (
    select organisation_id as union_id, count(distinct enterprise_id) as count, sum(cash) as cash,
           sum(goods_value) as goods
      from enterprise_visit
     where visited_on between :from and :to and organisation_id in (select id from unions)
     group by organisation_id),
updated as (
    select f.organisation_id as union_id, count(distinct f.id) as total,
           count(distinct f.id) filter (where coalesce(f.confirmed_category, f.suggested_category) = 'DEEP') as deep,
           count(distinct f.id) filter (where coalesce(f.confirmed_category, f.suggested_category) = 'RELATIVE')
               as relative,
           count(distinct f.id) filter (where coalesce(f.confirmed_category, f.suggested_category) = 'ACCIDENT')
               as accident
      from file_history h join hardship_file f on f.id = h.file_id
     where h.action in ('REVISED', 'REVERIFIED') and (h.occurred_at at time zone 'Asia/Shanghai')::date between :from and :to
       and f.organisation_id in (select id from unions)
     group by f.organisation_id),
payments as (
    select union_id,
           count(distinct file_id) filter (where not goods) as cash_households,
           sum(amount) filter (where not goods) as cash_amount,
           count(distinct file_id) filter (where goods) as goods_households,
           sum(amount) filter (where goods) as goods_value,
           count(distinct file_id) filter (where not goods and category = 'DEEP') as deep_cash_households,
           sum(amount) filter (where not goods and category = 'DEEP') as deep_cash_amount,
           count(distinct file_id) filter (where goods and category = 'DEEP') as deep_goods_households,
           sum(amount) filter (where goods and category = 'DEEP') as deep_goods_value,
           count(distinct file_id) filter (where not goods and category = 'RELATIVE') as relative_cash_households,
           sum(amount) filter (where not goods and category = 'RELATIVE') as relative_cash_amount,
           count(distinct file_id) filter (where goods and category = 'RELATIVE') as relative_goods_households,
           sum(amount) filter (where goods and category = 'RELATIVE') as relative_goods_value,
           count(distinct file_id) filter (where not goods and category = 'ACCIDENT') as accident_cash_households,
           sum(amount) filter (where not goods and category = 'ACCIDENT') as accident_cash_amount,
           count(distinct file_id) filter (where goods and category = 'ACCIDENT') as accident_goods_households,
           sum(amount) filter (where goods and category = 'ACCIDENT') as accident_goods_value,
           count(distinct file_id) filter (where purpose = 'LIVING') as living_people,
           sum(amount) filter (where purpose = 'LIVING') as living_amount,
           count(distinct file_id) filter (where purpose = 'MEDICAL') as medical_people,
           sum(amount) filter (where purpose = 'MEDICAL') as medical_amount,
           count(distinct file_id) filter (where purpose = 'EDUCATION') as education_people,
           sum(amount) filter (where purpose = 'EDUCATION') as education_amount,
           count(distinct file_id) filter (where purpose = 'EMPLOYMENT') as employment_people,
           sum(amount) filter (where purpose = 'EMPLOYMENT') as employment_amount
      from paid
     group by union_id),
visits as (
    select v.organisation_id as union_id,
           count(distinct v.file_id) as total,
           count(distinct v.file_id) filter (where coalesce(f.confirmed_category, f.suggested_category) = 'DEEP') as deep,
           count(distinct v.file_id) filter (where coalesce(f.confirmed_category, f.suggested_category) = 'RELATIVE') as relative,
           count(distinct v.file_id) filter (where coalesce(f.confirmed_category, f.suggested_category) = 'ACCIDENT') as accident
      from visit v join hardship_file f on f.id = v.file_id
     where v.visited_on between :from and :to and v.organisation_id in (select id from unions)
     group by v.organisation_id),
groups as (
    select organisation_id as union_id, sum(people_count) filter (where kind in ('AT_POST', 'MEAL_AT_SITE')) as frontline
      from visit
     where file_id is null and recipient_id is null and visited_on between :from and :to
       and organisation_id in (select id from unions)
     group by organisation_id),
approved as (
    select h.file_id, min((h.occurred_at at time zone 'Asia/Shanghai')::date) as approved_on
      from file_history h join hardship_file f on f.id = h.file_id
     where h.action = 'APPROVED' and f.organisation_id in (select id from unions)
     group by h.file_id),
file_states as (
    select f.organisation_id as union_id, coalesce(f.confirmed_category, f.suggested_category) as category,
           a.approved_on < :from and (c.closed_on is null or c.closed_on >= :from) as at_start,
           a.approved_on between :from and :to as opened,
           f.status = 'EXITED' and c.closed_on between :from and :to as exited,
           a.approved_on <= :to and (c.closed_on is null or c.closed_on > :to) as at_end
      from hardship_file f
      join approved a on a.file_id = f.id
      cross join lateral (select case when f.status in ('EXITED', 'CANCELLED') then f.closed_on end as closed_on) c),
files as (
    select union_id,
           count(*) filter (where at_start) as start_total,
           count(*) filter (where at_start and category = 'DEEP') as start_deep,
           count(*) filter (where at_start and category = 'RELATIVE') as start_relative,
           count(*) filter (where at_start and category = 'ACCIDENT') as start_accident,
           count(*) filter (where opened) as opened_total,
           count(*) filter (where opened and category = 'DEEP') as opened_deep,
           count(*) filter (where opened and category = 'RELATIVE') as opened_relative,
           count(*) filter (where opened and category = 'ACCIDENT') as opened_accident,
           count(*) filter (where exited) as exited_total,
           count(*) filter (where exited and category = 'DEEP') as exited_deep,
           count(*) filter (where exited and category = 'RELATIVE') as exited_relative,
           count(*) filter (where exited and category = 'ACCIDENT') as exited_accident,
           count(*) filter (where at_end) as end_total,
           count(*) filter (where at_end and category = 'DEEP') as end_deep,
           count(*) filter (where at_end and category = 'RELATIVE') as end_relative,
           count(*) filter (where at_end and category = 'ACCIDENT') as end_accident
      from file_states
     group by union_id),
receipts_up as (
    select a.ancestor_id as id, sum(total) as total, sum(finance) as finance, sum(union_money) as union_money,
           sum(unit) as unit, sum(person) as person, sum(social) as social, sum(matching) as matching
      from receipts r join ancestors a using (union_id) group by a.ancestor_id),
named_up as (
    select a.ancestor_id as id,
           sum(migrant_people) as migrant_people, sum(migrant_cash) as migrant_cash, sum(migrant_goods) as migrant_goods,
           sum(models_people) as models_people, sum(models_cash) as models_cash, sum(models_goods) as models_goods,
           sum(frontline_people) as frontline_people, sum(frontline_cash) as frontline_cash,
           sum(frontline_goods) as frontline_goods,
           sum(party_people) as party_people, sum(party_cash) as party_cash, sum(party_goods) as party_goods
      from named n join ancestors a using (union_id) group by a.ancestor_id),
enterprises_up as (
    select a.ancestor_id as id, sum(count) as count, sum(cash) as cash, sum(goods) as goods
      from enterprises e join ancestors a using (union_id) group by a.ancestor_id),
updated_up as (
    select a.ancestor_id as id, sum(total) as total, sum(deep) as deep, sum(relative) as relative,
           sum(accident) as accident
      from updated d join ancestors a using (union_id) group by a.ancestor_id),
payments_up as (
    select a.ancestor_id as id,
           sum(cash_households) as cash_households, sum(cash_amount) as cash_amount,
           sum(goods_households) as goods_households, sum(goods_value) as goods_value,
           sum(deep_cash_households) as deep_cash_households, sum(deep_cash_amount) as deep_cash_amount,
           sum(deep_goods_households) as deep_goods_households, sum(deep_goods_value) as deep_goods_value,
           sum(relative_cash_households) as relative_cash_households, sum(relative_cash_amount) as relative_cash_amount,
           sum(relative_goods_households) as relative_goods_households, sum(relative_goods_value) as relative_goods_value,
           sum(accident_cash_households) as accident_cash_households, sum(accident_cash_amount) as accident_cash_amount,
           sum(accident_goods_households) as accident_goods_households, sum(accident_goods_value) as accident_goods_value,
           sum(living_people) as living_people, sum(living_amount) as living_amount,
           sum(medical_people) as medical_people, sum(medical_amount) as medical_amount,
           sum(education_people) as education_people, sum(education_amount) as education_amount,
           sum(employment_people) as employment_people, sum(employment_amount) as employment_amount
      from payments p join ancestors a using (union_id) group by a.ancestor_id),
visits_up as (
    select a.ancestor_id as id, sum(total) as total, sum(deep) as deep, sum(relative) as relative,
           sum(accident) as accident
      from visits v join ancestors a using (union_id) group by a.ancestor_id),
groups_up as (
    select a.ancestor_id as id, sum(frontline) as frontline
      from groups g join ancestors a using (union_id) group by a.ancestor_id),
files_up as (
    select a.ancestor_id as id,
           sum(start_total) as start_total, sum(start_deep) as start_deep, sum(start_relative) as start_relative,
           sum(start_accident) as start_accident, sum(opened_total) as opened_total, sum(opened_deep) as opened_deep,
           sum(opened_relative) as opened_relative, sum(opened_accident) as opened_accident,
           sum(exited_total) as exited_total, sum(exited_deep) as exited_deep, sum(exited_relative) as exited_relative,
           sum(exited_accident) as exited_accident, sum(end_total) as end_total, sum(end_deep) as end_deep,
           sum(end_relative) as end_relative, sum(end_accident) as end_accident
      from files f join ancestors a using (union_id) group by a.ancestor_id)
select u.id as union_id,
       r.total as "raised.total.amount", r.finance as "raised.finance.amount", r.union_money as "raised.union.amount",
       r.unit as "raised.unit.amount", r.person as "raised.person.amount", r.social as "raised.social.amount",
       r.matching as "raised.matching.amount",
       p.cash_households as "helped.total.cashHouseholds", p.cash_amount as "helped.total.cashAmount",
       p.goods_households as "helped.total.goodsHouseholds", p.goods_value as "helped.total.goodsValue",
       v.total as "helped.total.visited",
       p.deep_cash_households as "helped.deep.cashHouseholds", p.deep_cash_amount as "helped.deep.cashAmount",
       p.deep_goods_households as "helped.deep.goodsHouseholds", p.deep_goods_value as "helped.deep.goodsValue",
       v.deep as "helped.deep.visited",
       p.relative_cash_households as "helped.relative.cashHouseholds",
       p.relative_cash_amount as "helped.relative.cashAmount",
       p.relative_goods_households as "helped.relative.goodsHouseholds",
       p.relative_goods_value as "helped.relative.goodsValue", v.relative as "helped.relative.visited",
       p.accident_cash_households as "helped.accident.cashHouseholds",
       p.accident_cash_amount as "helped.accident.cashAmount",
       p.accident_goods_households as "helped.accident.goodsHouseholds",
       p.accident_goods_value as "helped.accident.goodsValue", v.accident as "helped.accident.visited",
       n.migrant_people as "named.migrant.people", n.migrant_cash as "named.migrant.cash",
       n.migrant_goods as "named.migrant.goods", n.models_people as "named.models.people",
       n.models_cash as "named.models.cash", n.models_goods as "named.models.goods",
       n.frontline_people as "named.frontline.people", n.frontline_cash as "named.frontline.cash",
       n.frontline_goods as "named.frontline.goods", n.party_people as "named.party.people",
       n.party_cash as "named.party.cash", n.party_goods as "named.party.goods",
       g.frontline as "named.posts.people",
       e.count as "enterprises.total.count", e.cash as "enterprises.total.cash", e.goods as "enterprises.total.goods",
       d.total as "files.updated.total", d.deep as "files.updated.deep", d.relative as "files.updated.relative",
       d.accident as "files.updated.accident",
       f.start_total as "files.start.total", f.start_deep as "files.start.deep",
       f.start_relative as "files.start.relative", f.start_accident as "files.start.accident",
       f.opened_total as "files.opened.total", f.opened_deep as "files.opened.deep",
       f.opened_relative as "files.opened.relative", f.opened_accident as "files.opened.accident",
       f.exited_total as "files.exited.total", f.exited_deep as "files.exited.deep",
       f.exited_relative as "files.exited.relative", f.exited_accident as "files.exited.accident",
       f.end_total as "files.end.total", f.end_deep as "files.end.deep",
       f.end_relative as "files.end.relative", f.end_accident as "files.end.accident",
       p.living_people as "assisted.living.people", p.living_amount as "assisted.living.amount",
       p.medical_people as "assisted.medical.people", p.medical_amount as "assisted.medical.amount",
       p.education_people as "assisted.education.people", p.education_amount as "assisted.education.amount",
       p.employment_people as "assisted.employment.people", p.employment_amount as "assisted.employment.amount"
  from unions u
  left join receipts_up r on r.id = u.id
  left join payments_up p on p.id = u.id
  left join visits_up v on v.id = u.id
  left join groups_up g on g.id = u.id
  left join files_up f on f.id = u.id
  left join named_up n on n.id = u.id
  left join enterprises_up e on e.id = u.id
  left join updated_up d on d.id = u.id
