-- The statistics roll-up (SubtreeRollUp) reads, for every paid line, visit and file of a province, the
-- file's category, and for every file its union, state and closing date. Covering those few columns
-- lets PostgreSQL read them from a 13 MB index-only scan instead of the 68 MB table (200,000 files):
-- the province-wide statements are 7 to 20 % faster (docs/benchmarks.md). One union's own figures do
-- not need it: they go through the files of that union by its existing indexes.
create index hardship_file_category_idx on hardship_file (id)
    include (organisation_id, confirmed_category, suggested_category, status, closed_on);
