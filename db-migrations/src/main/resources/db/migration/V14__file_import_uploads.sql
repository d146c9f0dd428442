-- Spreadsheets uploaded to open files in bulk (批量建档): kept so that the check, the error copy and
-- the commit all read the same bytes, and so that auditors can see what was imported, when and by
-- whom. Only the uploader may use an upload; it is committed at most once.
create sequence file_import_upload_seq;

create table file_import_upload (
    id              bigint       primary key,
    uploaded_by     bigint       not null references user_account (id),
    filename        varchar(200) not null,
    content         bytea        not null,
    uploaded_at     timestamptz  not null,
    committed_files integer      check (committed_files >= 0),
    committed_at    timestamptz,
    check ((committed_files is null) = (committed_at is null))
);

create index file_import_upload_user_idx on file_import_upload (uploaded_by, uploaded_at desc);
