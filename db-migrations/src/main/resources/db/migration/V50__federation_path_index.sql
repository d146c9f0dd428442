-- The federations of a subtree (every union but the base unions), in path order: the union filter of the file
-- list and of the batch page, on every request. A province has a few hundred of them among tens of thousands of
-- base unions; the path index alone reads the whole subtree to find them (17 ms for 20,116 unions, against
-- 0.04 ms on this index). The query repeats the predicate literally (OrganisationRepository.federations).
create index organisation_federation_path_idx on organisation (path) where type <> 'BASE';
