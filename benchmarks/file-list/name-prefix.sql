-- The file list of a province-level user filtered by a surname: the page and its count, with the
-- subtree bounds bound as values as the application binds them.
\set s random(1, 50)
select s || '%' as pattern from bench_surname where n = :s \gset
select path as lower, left(path, -1) || '0' as upper from organisation where code = 'B-P' \gset
select hf.*, o2.name from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
       join organisation o2 on o2.id = hf.organisation_id
 where o1.path >= :lower and o1.path < :upper and hf.worker_name like :pattern escape '\'
 order by hf.created_at desc, hf.id desc offset 0 rows fetch first 20 rows only;
select count(hf.id) from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
 where o1.path >= :lower and o1.path < :upper and hf.worker_name like :pattern escape '\';
