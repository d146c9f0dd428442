-- Issue 19 (R-PRIV-02): an uploaded import spreadsheet holds whole households (names, ID and card numbers,
-- incomes). From now on its content is sealed with the personal-data key (AES-256-GCM, as ID and card numbers
-- are) and erased once it has served: when its import is committed or abandoned, as soon as the report of a
-- refused upload is made, and at the latest seven days after it was uploaded. The row stays: who uploaded which
-- file when, and what became of it; the report of a refused upload stays with it.

alter table file_import_upload
    alter column content drop not null,
    add column erased_at      timestamptz,
    add column erased_because varchar(10) check (erased_because in ('COMMITTED', 'ABANDONED', 'REFUSED', 'EXPIRED')),
    add column checked_rows   integer check (checked_rows >= 0);

-- The spreadsheets stored before this migration are in clear and cannot be sealed here (the key is not in the
-- database): they are erased, each with its audit entry under the uploader's union. An import that was about to
-- be committed is uploaded again.
insert into audit_event (occurred_at, actor_login, actor_user_id, actor_organisation_id, actor_path, remote_address,
                         action, target_type, target_id, outcome, detail)
select now(), 'system', null, u.organisation_id, o.path, null, 'IMPORT_UPLOAD_ERASE', 'file_import_upload',
       f.id::text, 'SUCCESS',
       case when f.committed_at is not null then 'COMMITTED' else 'EXPIRED' end
           || ': stored in clear before V52, uploaded ' || f.uploaded_at || ' by user ' || f.uploaded_by
  from file_import_upload f
  join user_account u on u.id = f.uploaded_by
  join organisation o on o.id = u.organisation_id;

update file_import_upload
   set content = null, erased_at = now(),
       erased_because = case when committed_at is not null then 'COMMITTED' else 'EXPIRED' end;

-- Kept content is sealed: a sealed value starts with its version byte (1), a spreadsheet in clear with the "PK"
-- of its zip; and content is either kept or erased, never both.
alter table file_import_upload
    add constraint file_import_upload_sealed check (content is null or (length(content) > 29 and get_byte(content, 0) = 1)),
    add constraint file_import_upload_erased check ((content is null) = (erased_at is not null)
                                                    and (erased_at is null) = (erased_because is null));

-- The sweep looks for what is still kept, oldest first.
create index file_import_upload_kept_idx on file_import_upload (uploaded_at) where erased_at is null;

-- The report of a refused upload: one row per problem, as the check found it (row, field, message key and its
-- arguments). No cell value is kept but what a message names (a union's name, a code that was not understood).
create table file_import_problem (
    upload_id   bigint       not null references file_import_upload (id),
    position    integer      not null check (position >= 0),
    row_number  integer      not null check (row_number >= 0),
    field       varchar(64),
    message_key varchar(100) not null,
    arguments   varchar(200)[] not null default '{}',
    primary key (upload_id, position)
);
