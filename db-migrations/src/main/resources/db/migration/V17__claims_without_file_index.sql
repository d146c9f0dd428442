-- Claims are released by person (the primary key), so the index on file_id only cost time: one
-- more index entry for every person of every file opened or imported.
drop index active_person_claim_file_idx;
