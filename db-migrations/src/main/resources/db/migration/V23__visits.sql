-- Visits (走访慰问): to a file's household, or to a group of workers at their post without a file
-- (送慰问到岗位, 送年夜饭到工地). Coverage counts the approved files visited in a period.
create sequence visit_seq;

create table visit (
    id                bigint       primary key,
    organisation_id   bigint       not null references organisation (id),
    file_id           bigint       references hardship_file (id),
    visited_on        date         not null,
    kind              varchar(16)  not null check (kind in ('HOME', 'AT_POST', 'MEAL_AT_SITE', 'OTHER')),
    visitors          varchar(300) not null,
    given             varchar(300),
    notes             varchar(500),
    group_description varchar(200),
    people_count      integer      check (people_count >= 1),
    created_by        bigint       not null references user_account (id),
    created_at        timestamptz  not null,
    check (file_id is not null or group_description is not null)
);

create index visit_file_idx on visit (file_id, visited_on);
create index visit_organisation_idx on visit (organisation_id, visited_on);
