-- One plan per household (一户一策): the measures planned for an approved file, each with the cadre
-- responsible (结对帮扶), a due date, its progress and result.
create sequence assistance_measure_seq;

create table assistance_measure (
    id          bigint        primary key,
    file_id     bigint        not null references hardship_file (id),
    need        varchar(16)   not null check (need in ('LIVING', 'MEDICAL', 'EDUCATION', 'EMPLOYMENT', 'PSYCHOLOGICAL',
                                                       'LEGAL')),
    description varchar(500)  not null,
    cadre_name  varchar(50)   not null,
    cadre_post  varchar(100),
    due_on      date          not null,
    status      varchar(12)   not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    result      varchar(500),
    created_by  bigint        not null references user_account (id),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    check (status <> 'DONE' or result is not null)
);

create index assistance_measure_file_idx on assistance_measure (file_id);
-- Overdue measures of a subtree: open ones by due date.
create index assistance_measure_open_idx on assistance_measure (due_on) where status <> 'DONE';
