-- The official calendar (法定节假日 and 调休) that working days are counted against, maintained by
-- admins as reference data, and public notices (公示) of files before approval.
create table calendar_day (
    day  date        primary key,
    kind varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(50) not null
);

create sequence public_notice_seq;

create table public_notice (
    id                bigint       primary key,
    organisation_id   bigint       not null references organisation (id),
    starts_on         date         not null,
    ends_on           date         not null check (ends_on >= starts_on),
    working_days      integer      not null check (working_days >= 1),
    posted_at         varchar(200) not null,
    objection_contact varchar(200) not null,
    created_by        bigint       not null references user_account (id),
    created_at        timestamptz  not null,
    closed_at         timestamptz
);

create index public_notice_organisation_idx on public_notice (organisation_id, starts_on desc);

-- The notice a file is (or last was) on.
alter table hardship_file add column notice_id bigint references public_notice (id);
create index hardship_file_notice_idx on hardship_file (notice_id);
