-- The file list of a province-level user filtered by one person's ID number (a household member's,
-- the harder case): the blind-index lookup, then the page and its count for the files found.
\set i random(1, 199500)
select path as lower, left(path, -1) || '0' as upper from organisation where code = 'B-P' \gset
select sha256(('member' || (min(id) + :i - 1) || '/1')::bytea) as person from hardship_file \gset
select string_agg(id::text, ',') as ids from (
    select id from hardship_file where worker_id_index = :person::bytea
    union
    select file_id from household_member where id_index = :person::bytea
) h \gset
select hf.*, o2.name from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
       join organisation o2 on o2.id = hf.organisation_id
 where o1.path >= :lower and o1.path < :upper and hf.id = any (string_to_array(:ids, ',')::bigint[])
 order by hf.created_at desc, hf.id desc offset 0 rows fetch first 20 rows only;
select count(hf.id) from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
 where o1.path >= :lower and o1.path < :upper and hf.id = any (string_to_array(:ids, ',')::bigint[]);
