-- The day the worker applied in writing (published practice: the home visit follows within 5 days).
alter table hardship_file add column applied_on date check (applied_on >= date '2000-01-01');
