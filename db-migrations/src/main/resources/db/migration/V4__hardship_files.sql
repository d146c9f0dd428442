-- Hardship-worker files (建档立卡), first slice: the worker, the household members and the
-- life cycle. ID numbers are never stored in clear: each is sealed (AES-GCM), indexed by a keyed
-- blind index (HMAC) and kept masked for lists (first 6 / last 4).
create sequence hardship_file_seq;

create table hardship_file (
    id               bigint       primary key,
    organisation_id  bigint       not null references organisation (id),
    status           varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'IN_NOTICE',
                                                             'NOTICE_PASSED', 'APPROVED', 'EXITED', 'CANCELLED')),
    worker_name      varchar(50)  not null,
    worker_id_sealed bytea        not null,
    worker_id_index  bytea        not null,
    worker_id_masked varchar(18)  not null,
    gender           varchar(6)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date       date         not null,
    return_reason    varchar(500),
    created_by       bigint       not null references user_account (id),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);

create index hardship_file_organisation_idx on hardship_file (organisation_id, status);
create index hardship_file_worker_index_idx on hardship_file (worker_id_index);
-- "name starts with" filters of the file list
create index hardship_file_worker_name_idx on hardship_file (worker_name varchar_pattern_ops);

create table household_member (
    file_id   bigint      not null references hardship_file (id) on delete cascade,
    position  integer     not null,
    name      varchar(50) not null,
    relation  varchar(16) not null check (relation in ('SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD',
                                                       'GRANDPARENT', 'OTHER')),
    id_sealed bytea       not null,
    id_index  bytea       not null,
    id_masked varchar(18) not null,
    primary key (file_id, position)
);

create index household_member_index_idx on household_member (id_index);

-- One active file per household, system-wide: the blind index of every person (worker or member)
-- of an active file is claimed here, and the primary key lets only one file hold it. Claims are
-- released when a file exits or is cancelled.
create table active_person_claim (
    id_index bytea  primary key,
    file_id  bigint not null references hardship_file (id)
);

create index active_person_claim_file_idx on active_person_claim (file_id);
