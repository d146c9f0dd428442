-- Photos taken at a visit (走访慰问), the evidence a campaign summary shows. Checked by content
-- (JPEG or PNG) before they get here; each opening is audited, since they show households.
create sequence visit_photo_seq;

create table visit_photo (
    id           bigint       primary key,
    visit_id     bigint       not null references visit (id),
    filename     varchar(200) not null,
    content_type varchar(40)  not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       bytea        not null,
    content      bytea        not null,
    uploaded_by  bigint       not null references user_account (id),
    uploaded_at  timestamptz  not null
);

create index visit_photo_visit_idx on visit_photo (visit_id);
