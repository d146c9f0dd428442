-- Revising files: field-by-field history, the worker's address as a division code, and what the
-- review asks of every household member (DOMAIN §3).

-- One row per changed field of a history entry: old → new, as codes and masks (never a clear ID or
-- card number). Append-only like the entry itself.
create table file_history_change (
    history_id   bigint        not null references file_history (id),
    position     integer       not null,
    field        varchar(64)   not null,
    before_value varchar(500),
    after_value  varchar(500),
    primary key (history_id, position)
);

create trigger file_history_change_append_only
    before update or delete on file_history_change
    for each row execute function refuse_history_change();

create trigger file_history_change_no_truncate
    before truncate on file_history_change
    for each statement execute function refuse_history_change();

-- Entries written before fields were recorded one by one keep their text as a single "summary" change.
insert into file_history_change (history_id, position, field, after_value)
select id, 0, 'summary', left(changes, 500) from file_history where changes is not null;

alter table file_history drop column changes;

alter table hardship_file
    add column address_region varchar(6) references region (code);

alter table household_member
    add column health        varchar(200),
    add column employment    varchar(16) check (employment in ('ON_DUTY', 'LAID_OFF', 'UNEMPLOYED', 'RETIRED',
                                                               'FLEXIBLE')),
    add column yearly_income numeric(14, 2) check (yearly_income >= 0),
    add column school        varchar(16) check (school in ('PRESCHOOL', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH',
                                                           'VOCATIONAL', 'COLLEGE', 'UNDERGRADUATE', 'POSTGRADUATE'));
