-- The file list of a city union filtered by status: the page and its count.
\set city random(1, 15)
select path as lower, left(path, -1) || '0' as upper from organisation where code = 'B-C' || :city \gset
select hf.*, o2.name from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
       join organisation o2 on o2.id = hf.organisation_id
 where o1.path >= :lower and o1.path < :upper and hf.status = 'SUBMITTED'
 order by hf.created_at desc, hf.id desc offset 0 rows fetch first 20 rows only;
select count(hf.id) from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
 where o1.path >= :lower and o1.path < :upper and hf.status = 'SUBMITTED';
