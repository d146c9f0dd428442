-- Causes, needs and exclusion flags move from join tables to text arrays on the file's row: a few
-- codes per file, always read and written with the file. An import of 100,000 files wrote 400,000
-- join-table rows, each with its own foreign-key check, and spent a quarter of its time on them
-- (docs/benchmarks.md).
alter table hardship_file
    add column causes     varchar(32)[] not null default '{}',
    add column needs      varchar(16)[] not null default '{}',
    add column exclusions varchar(40)[] not null default '{}';

update hardship_file f
   set causes     = coalesce((select array_agg(c.cause order by c.cause) from file_cause c where c.file_id = f.id), '{}'),
       needs      = coalesce((select array_agg(n.need order by n.need) from file_need n where n.file_id = f.id), '{}'),
       exclusions = coalesce((select array_agg(x.flag order by x.flag) from file_exclusion x where x.file_id = f.id), '{}');

alter table hardship_file
    add constraint hardship_file_causes_known check (causes <@ array['SERIOUS_ILLNESS_SELF', 'SERIOUS_ILLNESS_FAMILY',
        'DISABILITY', 'CHILDREN_SCHOOLING', 'OCCUPATIONAL_DISEASE', 'WORK_INJURY', 'INVOLUNTARY_UNEMPLOYMENT',
        'SUDDEN_ACCIDENT', 'NATURAL_DISASTER', 'SINGLE_PARENT', 'OTHER']::varchar[]),
    add constraint hardship_file_needs_known check (needs <@ array['LIVING', 'MEDICAL', 'EDUCATION', 'EMPLOYMENT',
        'PSYCHOLOGICAL', 'LEGAL']::varchar[]),
    add constraint hardship_file_exclusions_known check (exclusions <@ array['TWO_OR_MORE_HOMES',
        'OWNS_BUSINESS_OR_EMPLOYS_OTHERS', 'HIGH_FEE_SCHOOLING_OR_STUDY_ABROAD', 'PRIVATE_MOTOR_VEHICLE']::varchar[]),
    add constraint hardship_file_main_cause_among_causes check (main_cause is null or main_cause = any (causes));

drop table file_cause;
drop table file_need;
drop table file_exclusion;

-- The list's cause and need filters: "this code is in the file's set", callable from JPA criteria
-- (Hibernate passes a function it does not know through as written).
create function code_set_has(codes varchar[], code varchar) returns boolean
    language sql immutable strict parallel safe
    as 'select code = any (codes)';
