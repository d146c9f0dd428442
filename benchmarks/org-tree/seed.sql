-- A province-scale union tree for the subtree benchmark: 1 province, 15 cities, 150 counties and
-- 19,950 base unions (20,116 unions in 4 levels), with paths built as the application builds them
-- ('/province/city/county/base/'), each id drawn from the sequence before its row is written.
select nextval('organisation_seq') as id \gset root_
insert into organisation (id, code, name, type, parent_id, path, region_code)
values (:root_id, 'B-P', '基准省总工会', 'PROVINCE', null, '/' || :root_id || '/', '330000');

with n as (select c, nextval('organisation_seq') as id from generate_series(1, 15) c)
insert into organisation (id, code, name, type, parent_id, path, region_code)
select n.id, 'B-C' || n.c, '基准市总工会' || n.c, 'CITY', :root_id, '/' || :root_id || '/' || n.id || '/', '330100'
  from n;

with n as (select p.id as parent_id, p.code, p.name, p.path, k, nextval('organisation_seq') as id
             from organisation p, generate_series(1, 10) k
            where p.type = 'CITY' and p.code like 'B-C%')
insert into organisation (id, code, name, type, parent_id, path, region_code)
select n.id, n.code || '-K' || n.k, n.name || '区' || n.k, 'COUNTY', n.parent_id, n.path || n.id || '/', '330106'
  from n;

with n as (select p.id as parent_id, p.code, p.name, p.path, b, nextval('organisation_seq') as id
             from organisation p, generate_series(1, 133) b
            where p.type = 'COUNTY' and p.code like 'B-C%')
insert into organisation (id, code, name, type, parent_id, path, region_code)
select n.id, n.code || '-B' || n.b, n.name || '单位' || n.b || '工会', 'BASE', n.parent_id, n.path || n.id || '/',
       '330106'
  from n;

analyze organisation;
select type, count(*) from organisation group by type order by 1;
