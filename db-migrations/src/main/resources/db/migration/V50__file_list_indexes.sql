-- The federations of a subtree (every union but the base unions), in path order: the union filter of the file
-- list and of the batch page, on every request. A province has a few hundred of them among tens of thousands of
-- base unions; the path index alone reads the whole subtree to find them (17 ms for 20,116 unions, against
-- 0.04 ms on this index). The query repeats the predicate literally (OrganisationRepository.federations).
create index organisation_federation_path_idx on organisation (path) where type <> 'BASE';

-- The file list's default order, newest first (FileListRows). A province admin's list without a filter read and
-- sorted all 199,500 files of the benchmark's province for its first 20 (300 ms); along this index PostgreSQL
-- stops after the first 20 of the subtree (10 ms). A county's list still starts from its unions' files.
create index hardship_file_created_idx on hardship_file (created_at desc, id desc);
