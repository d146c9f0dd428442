-- Causes of hardship (one or more, one main), needs, and the file level (DOMAIN §3).
alter table hardship_file
    add column level      varchar(16) check (level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURAL', 'COUNTY', 'BASE')),
    add column main_cause varchar(32) check (main_cause in ('SERIOUS_ILLNESS_SELF', 'SERIOUS_ILLNESS_FAMILY',
        'DISABILITY', 'CHILDREN_SCHOOLING', 'OCCUPATIONAL_DISEASE', 'WORK_INJURY', 'INVOLUNTARY_UNEMPLOYMENT',
        'SUDDEN_ACCIDENT', 'NATURAL_DISASTER', 'SINGLE_PARENT', 'OTHER'));

create table file_cause (
    file_id bigint      not null references hardship_file (id) on delete cascade,
    cause   varchar(32) not null,
    primary key (file_id, cause)
);

create table file_need (
    file_id bigint      not null references hardship_file (id) on delete cascade,
    need    varchar(16) not null check (need in ('LIVING', 'MEDICAL', 'EDUCATION', 'EMPLOYMENT', 'PSYCHOLOGICAL', 'LEGAL')),
    primary key (file_id, need)
);

create index file_cause_cause_idx on file_cause (cause);
create index file_need_need_idx on file_need (need);
