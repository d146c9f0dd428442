-- Every change of a hardship file: who, when, what (old → new) and why. Append-only like the
-- audit log: PostgreSQL refuses to change or remove an entry.
create table file_history (
    id          bigint generated always as identity primary key,
    file_id     bigint        not null references hardship_file (id),
    occurred_at timestamptz   not null default now(),
    actor_id    bigint        not null references user_account (id),
    actor_name  varchar(50)   not null,
    action      varchar(32)   not null,
    changes     varchar(4000),
    reason      varchar(500)
);

create index file_history_file_idx on file_history (file_id, occurred_at desc, id desc);

create trigger file_history_append_only
    before update or delete on file_history
    for each row execute function refuse_history_change();

create trigger file_history_no_truncate
    before truncate on file_history
    for each statement execute function refuse_history_change();
